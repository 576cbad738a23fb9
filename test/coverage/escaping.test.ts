/** Names from org.yaml are text in every medium: Mermaid labels, DOT strings, HTML, a terminal. */
import { describe, expect, it } from 'vitest';
import type { FlowDepartment } from '../../src/coverage/flow.js';
import { terminalSafe } from '../../src/render/coverage.js';
import { dotString, flowToDot } from '../../src/render/dot.js';
import { html } from '../../src/render/html.js';
import { flowToMermaid, mermaidText } from '../../src/render/mermaid.js';

const NASTY = 'a"] --> x{{y}} click d0 call alert() <img src=x onerror=1> `md` # \\ ; |\n%%';

const flow: FlowDepartment[] = [
  { name: NASTY, hours: 'always open', timezone: 'UTC', routing: 'simultaneous', failover: { type: 'external', target: NASTY }, members: [{ email: 'a@x.com', name: NASTY, priority: 1, hours: 'always' }] },
];

describe('escaping', () => {
  it('Mermaid: every label is one quoted string with no quote, bracket, pipe, angle bracket, backtick or newline inside', () => {
    const out = flowToMermaid(flow);
    const labels = [...out.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const l of labels) expect(l).not.toMatch(/["<>`[\]{}|\n\\]/); // ";" only ends an entity
    expect(mermaidText('"<x>"')).toBe('#quot;#lt;x#gt;#quot;');
    // Only generated ids start lines: nothing from the name (such as "click") begins a statement.
    for (const line of out.trim().split('\n').slice(1)) expect(line).toMatch(/^ {2}(d\d+(m\d+)?|f\d+)[[({ ]/);
  });

  it('DOT: labels are quoted strings; quotes and backslashes are escaped, newlines become spaces', () => {
    expect(dotString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"');
    const out = flowToDot(flow);
    for (const line of out.split('\n').filter((l) => l.includes('label='))) {
      const label = /label=("(?:[^"\\]|\\.)*")/.exec(line)![1]!;
      expect(line.slice(line.indexOf(label) + label.length)).toMatch(/^(\];|, |\])/);
    }
  });

  it('HTML and terminal', () => {
    expect(html('<b a="1">&\'')).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&#39;');
    expect(terminalSafe('Sales\u001b[2J\u202e')).toBe('Sales\\u001b[2J\\u202e');
  });
});
