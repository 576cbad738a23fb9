/**
 * The coverage section of a plan (text and Markdown): one line per department and change, in the department's
 * week. A plan with no coverage change has no section. Names are org.yaml text: control characters are
 * shown as escapes on a terminal, and Markdown gets its own escaping (md.ts).
 */
import { changeLine } from '../coverage/compare.js';
import type { Plan } from '../plan/types.js';
import { mdText } from './md.js';

/** C0/C1 controls and bidi overrides as \u escapes, so a name cannot move the cursor or reorder a line. */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function coverageTextLines(plan: Plan): string[] {
  return (plan.coverage ?? []).map((c) => terminalSafe(changeLine(c)));
}

export function coverageMarkdown(plan: Plan): string | null {
  if (!plan.coverage?.length) return null;
  return ['#### Coverage', '', ...plan.coverage.map((c) => `- ${mdText(changeLine(c))}`)].join('\n');
}
