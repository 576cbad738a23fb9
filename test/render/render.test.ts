/**
 * Renderer goldens: the plans of test/render/plans.ts, made by the real planner, rendered three ways.
 * Review a golden when it changes (`npx vitest run test/render -u`, then read the diff).
 */
import AjvDraft7 from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countByKind, redact, renderJson, renderMarkdown, renderSummaryLine, renderText } from '../../src/render/index.js';
import { formatField, formatValue } from '../../src/render/values.js';
import { CANARY, examples, manyActions, PIN } from './plans.js';

const ANSI = /\x1b\[/;
const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
const ajv = new AjvDraft7.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validatePlan = ajv.compile(schema);

describe.each(Object.entries(examples))('%s', (name, plan) => {
  it('text golden', async () => {
    await expect(renderText(plan, { color: false })).toMatchFileSnapshot(`__golden__/${name}.txt`);
  });
  it('markdown golden', async () => {
    await expect(renderMarkdown(plan)).toMatchFileSnapshot(`__golden__/${name}.md`);
  });
  it('json golden, valid against schemas/plan.schema.json', async () => {
    const json = renderJson(plan);
    expect(validatePlan(JSON.parse(json)), JSON.stringify(validatePlan.errors)).toBe(true);
    await expect(json).toMatchFileSnapshot(`__golden__/${name}.json`);
  });
  it('colours only when asked', () => {
    expect(renderText(plan, { color: false })).not.toMatch(ANSI);
    expect(renderText(plan, { color: true })).toMatch(ANSI);
    expect(renderMarkdown(plan)).not.toMatch(ANSI);
  });
  it('never prints a secret the plan carries', () => {
    // The canary is in a record the plan carries (so a renderer could print it), except in the plan
    // without changes, which carries no record at all.
    expect(JSON.stringify(plan).includes(CANARY)).toBe(name !== 'inSync');
    for (const out of [renderText(plan, { color: false }), renderText(plan, { color: true }), renderJson(plan), renderMarkdown(plan), renderMarkdown(plan, { maxLength: 1000 })]) {
      expect(out).not.toContain(CANARY);
      // A sha256 checksum is hex and may hold the PIN's digits by chance (it did once the model grew): not a leak.
      expect(out.replace(/\b[0-9a-f]{64}\b/g, '<sha256>')).not.toContain(PIN);
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
    expect(countByKind(examples.manualSteps)).toMatchObject({ manual: 3, update: 1, create: 0 });
    expect(renderSummaryLine(examples.manualSteps)).toBe('Plan: 0 to create, 1 to update, 0 to replace, 0 to delete, 3 manual steps.');
    expect(renderSummaryLine(examples.freshOrg)).toBe('Plan: 7 to create, 0 to update, 0 to replace, 0 to delete, 2 invites, 2 member changes.');
    expect(renderSummaryLine(examples.inviteLifecycle)).toBe('Plan: 2 to create, 1 to update, 0 to replace, 0 to delete, 3 invites, 1 invite cancelled.');
    expect(renderSummaryLine(examples.inSync)).toBe('Plan: 0 to create, 0 to update, 0 to replace, 0 to delete.');
  });
});

describe('masking a change to a secret-named field or key', () => {
  // The planner compares no secret-named field today (vendor settings are not diffed), so no planned
  // change has one; the masking of such a change is checked here on its own.
  it('masks both sides of a change to a secret-named field, keeping null as null', () => {
    expect(redact({ field: 'vendor.smartflo.authToken', before: null, after: CANARY })).toEqual({ field: 'vendor.smartflo.authToken', before: null, after: '(sensitive)' });
    expect(formatField('vendor.smartflo.sipSecret', CANARY)).toBe('(sensitive)');
    expect(formatField('vendor.smartflo.sipSecret', null)).toBe('null');
  });
  it('masks a secret-named key inside a value', () => {
    expect(formatValue({ mac: '00:15:65:aa:bb:cc', provisioningPassword: CANARY })).toBe('{mac: "00:15:65:aa:bb:cc", provisioningPassword: (sensitive)}');
    expect(JSON.stringify(redact({ device: { credentials: [{ apiToken: CANARY }] } }))).not.toContain(CANARY);
  });
});

describe('markdown size', () => {
  const big = manyActions(1667, 3333);
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
    // The call-flow diagram comes after the plan and is the first thing to go: cut below the plan itself.
    const plan = full.slice(0, full.indexOf('#### Call flow') - 1);
    expect(plan).toContain('#### Details');
    const lean = renderMarkdown(examples.fieldUpdates, { maxLength: plan.length - 1 });
    expect(lean).not.toContain('#### Details');
    expect(lean).not.toContain('… and');
    expect(lean).toContain('`schedule["office"]`');
  });
  it('never cuts a delete while details can go, and says so when even the deletes do not fit', () => {
    const mixed = manyActions(1000, 2000, 300);
    expect(mixed.actions.filter((a) => a.kind === 'delete')).toHaveLength(300);
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
