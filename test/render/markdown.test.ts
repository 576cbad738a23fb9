import { describe, expect, it } from 'vitest';
import { addressOf } from '../../src/model/address.js';
import { renderMarkdown } from '../../src/render/index.js';
import { inSync } from './plans.js';

const awkward = addressOf('department', 'A|B `x`');

describe('markdown escaping', () => {
  const plan = {
    ...inSync,
    actions: [
      {
        id: 'a1', kind: 'delete' as const, resource: 'department' as const, address: awkward, dependsOn: [], vendorId: null,
        reason: 'not in org.yaml | pruned <b>now</b>', before: { name: 'A|B `x`' },
      },
    ],
  };
  const out = renderMarkdown(plan);
  const row = out.split('\n').find((l) => l.startsWith('| delete | `'))!;

  it('keeps a table row to its four cells', () => {
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
  });
  it('keeps backticks in an address inside one code span', () => {
    expect(row).toContain('``department["A\\|B `x`"]``');
  });
  it('does not let a reason inject HTML', () => {
    expect(row).toContain('&lt;b&gt;now&lt;/b&gt;');
  });
  it('says "No changes." for an empty plan', () => {
    expect(renderMarkdown(inSync)).toContain('No changes.');
  });
});
