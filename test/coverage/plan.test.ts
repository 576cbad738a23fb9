/** Coverage in plans: a change that alters who answers when says so (text, JSON, Markdown); others say nothing. */
import { describe, expect, it } from 'vitest';
import { renderJson, renderMarkdown, renderText } from '../../src/render/index.js';
import { org, live, planOf, type OrgBuilder, type LiveBuilder } from '../plan/builders.js';

const WEEKLY = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: ['09:00-21:00'], sun: ['10:00-18:00'] };

function base<T extends OrgBuilder | LiveBuilder>(b: T, kavya: string, deepa: string): T {
  return (b as OrgBuilder)
    .schedule('open', { timezone: 'Asia/Kolkata', weekly: WEEKLY })
    .schedule('day', { timezone: 'Asia/Kolkata', weekly: { ...WEEKLY, sat: ['09:00-18:00'] } })
    .user('kavya@x.in', { name: 'Kavya', receiveCalls: kavya })
    .user('deepa@x.in', { name: 'Deepa', receiveCalls: deepa })
    .department('Support', { hours: 'open', failover: null, members: ['kavya@x.in', 'deepa@x.in'] }) as T;
}

describe('plan: coverage section', () => {
  it('says when a department loses coverage and when it gains a second agent, in every format', () => {
    const plan = planOf(base(org(), 'day', 'open'), base(live(), 'open', 'never'), { coverageFrom: '2026-12-03' });
    expect(plan.coverage).toEqual([
      { department: 'Support', timezone: 'Asia/Kolkata', change: 'gains a second agent', windows: ['Sat 09:00–18:00', 'Sun 10:00–18:00'] },
    ]);
    const worse = planOf(base(org(), 'day', 'never'), base(live(), 'open', 'never'), { coverageFrom: '2026-12-03' });
    expect(worse.coverage).toEqual([{ department: 'Support', timezone: 'Asia/Kolkata', change: 'loses coverage', windows: ['Sat 18:00–21:00'] }]);
    expect(renderText(worse, { color: false })).toContain('Coverage:\n  Support loses coverage Sat 18:00–21:00 (Asia/Kolkata)');
    expect(JSON.parse(renderJson(worse)).coverage[0].change).toBe('loses coverage');
    expect(renderMarkdown(worse)).toContain('#### Coverage\n\n- Support loses coverage Sat 18:00–21:00 (Asia/Kolkata)');
  });

  it('a plan with no coverage change says nothing about coverage', () => {
    const plan = planOf(base(org(), 'open', 'open').user('kavya@x.in', { name: 'Kavya R', receiveCalls: 'open' }), base(live(), 'open', 'open'));
    expect(plan.actions.length).toBeGreaterThan(0);
    expect(plan).not.toHaveProperty('coverage');
    expect(renderText(plan, { color: false })).not.toContain('Coverage');
    expect(renderMarkdown(plan)).not.toContain('Coverage');
  });

  it('the Markdown diagram only uses room left under the limit: it never displaces an action', () => {
    const plan = planOf(base(org(), 'day', 'open').department('Sales', { members: ['kavya@x.in'] }), base(live(), 'day', 'open'));
    const full = renderMarkdown(plan);
    expect(full).toContain('```mermaid');
    const tight = renderMarkdown(plan, { maxLength: full.indexOf('#### Call flow') + 10 });
    expect(tight).not.toContain('```mermaid');
    expect(tight).toContain('department["Sales"]');
  });
});
