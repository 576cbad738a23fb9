/**
 * Golden plans: each scenario planned by the real planner and rendered three ways. Review a golden file
 * when it changes (`npx vitest run test/scenarios -u`, then read the diff): it is what a user sees.
 */
import AjvDraft7 from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computePlan } from '../../src/plan/compute.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { fullCapabilities } from '../../src/model/capabilities.js';
import { scenarios } from './scenarios.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
const ajv = new AjvDraft7.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validatePlan = ajv.compile(schema);

describe.each(Object.keys(scenarios))('scenario %s', (name) => {
  const s = scenarios[name]!();
  const plan = computePlan({
    desired: s.desired,
    live: s.live,
    capabilities: s.caps ?? fullCapabilities(),
    options: { resendInvites: false, targets: [], ...s.options },
    provider: { type: 'sandbox', target: 'scenario' },
  });

  it('renders as text', async () => {
    await expect(renderText(plan, { color: false })).toMatchFileSnapshot(`__golden__/${name}.txt`);
  });
  it('renders as JSON that matches schemas/plan.schema.json', async () => {
    const json = renderJson(plan);
    expect(validatePlan(JSON.parse(json)), JSON.stringify(validatePlan.errors)).toBe(true);
    await expect(json).toMatchFileSnapshot(`__golden__/${name}.json`);
  });
  it('renders as Markdown', async () => {
    await expect(renderMarkdown(plan)).toMatchFileSnapshot(`__golden__/${name}.md`);
  });
});
