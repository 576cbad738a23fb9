/**
 * What the Markdown plan adds after its own content, only into the room left under the size limit, so it never
 * costs an action line: the coverage section, then a Mermaid diagram of the departments the change touches.
 * Kept in its own module with one call site in markdown.ts.
 */
import type { Plan } from '../plan/types.js';
import { coverageMarkdown } from './coverage.js';
import { fenced } from './md.js';
import { flowToMermaid } from './mermaid.js';

export function diagramMarkdown(plan: Plan): string | null {
  if (!plan.flow?.length) return null;
  return `#### Call flow of the departments this change touches\n\n${fenced('mermaid', flowToMermaid(plan.flow).trimEnd())}`;
}

/** `markdown` with the coverage section and the diagram appended while each fits in `max` characters. */
export function withCoverageAndDiagram(markdown: string, plan: Plan, max: number): string {
  let out = markdown;
  for (const extra of [coverageMarkdown(plan), diagramMarkdown(plan)]) {
    if (extra && out.length + extra.length + 2 <= max) out = `${out}\n${extra}\n`;
  }
  return out;
}
