import { describe, expect, it } from 'vitest';
import { countByKind, renderJson, renderMarkdown, renderSummaryLine, renderText } from '../../src/render/index.js';
import { CANARY, examples, manyActions } from './plans.js';

const ANSI = /\x1b\[/;

describe.each(Object.entries(examples))('%s', (name, plan) => {
  it('text golden', async () => {
    await expect(renderText(plan, { color: false })).toMatchFileSnapshot(`__golden__/${name}.txt`);
  });
  it('markdown golden', async () => {
    await expect(renderMarkdown(plan)).toMatchFileSnapshot(`__golden__/${name}.md`);
  });
  it('json golden', async () => {
    await expect(renderJson(plan)).toMatchFileSnapshot(`__golden__/${name}.json`);
  });
  it('colours only when asked', () => {
    expect(renderText(plan, { color: false })).not.toMatch(ANSI);
    expect(renderText(plan, { color: true })).toMatch(ANSI);
    expect(renderMarkdown(plan)).not.toMatch(ANSI);
  });
  it('never prints a secret', () => {
    for (const out of [renderText(plan, { color: false }), renderText(plan, { color: true }), renderJson(plan), renderMarkdown(plan)]) {
      expect(out).not.toContain(CANARY);
      expect(out).not.toContain('4321');
    }
  });
  it('renders the plan without changing it', () => {
    const copy = structuredClone(plan);
    renderText(plan, { color: true });
    renderMarkdown(plan, { maxLength: 500 });
    renderJson(plan);
    expect(plan).toEqual(copy);
  });
});

describe('summary', () => {
  it('counts every kind and pluralises', () => {
    expect(countByKind(examples.manualSteps)).toMatchObject({ manual: 2, update: 1, create: 0 });
    expect(renderSummaryLine(examples.manualSteps)).toBe('Plan: 0 to create, 1 to update, 0 to replace, 0 to delete, 2 manual steps.');
    expect(renderSummaryLine(examples.freshOrg)).toBe('Plan: 4 to create, 0 to update, 0 to replace, 0 to delete, 1 invite, 1 member change.');
    expect(renderSummaryLine(examples.inSync)).toBe('Plan: 0 to create, 0 to update, 0 to replace, 0 to delete.');
  });
});

describe('markdown size', () => {
  const big = manyActions(5000);
  it('stays under 60000 characters and keeps the summary', () => {
    const out = renderMarkdown(big);
    expect(out.length).toBeLessThanOrEqual(60_000);
    expect(out).toContain(renderSummaryLine(big));
    expect(out).toContain('| Users | 1667 | 3333 | 5000 |');
    expect(out).not.toContain('#### Details');
    expect(out).toMatch(/… and \d+ more/);
    expect(out).toContain('The full plan: `ringform show PLANFILE` (save it with `plan --out`).');
  });
  it('drops the per-action diffs before any table row', () => {
    const full = renderMarkdown(examples.fieldUpdates);
    const lean = renderMarkdown(examples.fieldUpdates, { maxLength: full.length - 1 });
    expect(full).toContain('#### Details');
    expect(lean).not.toContain('#### Details');
    expect(lean).not.toContain('… and');
    expect(lean).toContain('`schedule["office"]`');
  });
  it('never cuts a delete while details can go, and says so when even the deletes do not fit', () => {
    const deletes = manyActions(300).actions.map((a, i) => ({ ...a, kind: 'delete' as const, id: `d${i}`, before: {} }));
    const mixed = { ...manyActions(3000), actions: [...manyActions(3000).actions, ...deletes] } as typeof big;
    const out = renderMarkdown(mixed, { maxLength: 40_000 });
    expect(out.length).toBeLessThanOrEqual(40_000);
    expect(out.match(/^- \*\*delete\*\* /gm)).toHaveLength(300);
    const tiny = renderMarkdown(mixed, { maxLength: 3000 });
    expect(tiny).toMatch(/… \(truncated, deletes too; full plan: .*ringform show/);
  });
  it.each([200, 400, 1000, 3000])('honours maxLength %i', (max) => {
    for (const plan of [big, examples.guardTripped]) {
      const out = renderMarkdown(plan, { maxLength: max });
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).toContain('### ringform plan:');
    }
  });
});
