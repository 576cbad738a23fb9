import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import type { Plan } from '../plan/types.js';

export type PlanFormat = 'text' | 'json' | 'markdown';
export const PLAN_FORMATS: readonly PlanFormat[] = ['text', 'json', 'markdown'];

/** `savedAs`: the plan file the full plan is in (plan --out, show), named in a Markdown comment that had to be cut. */
export function renderPlan(plan: Plan, format: PlanFormat, color: boolean, savedAs?: string): string {
  switch (format) {
    case 'text':
      return renderText(plan, { color });
    case 'json':
      return renderJson(plan);
    case 'markdown':
      return renderMarkdown(plan, savedAs ? { fullPlan: `the saved plan \`${savedAs}\` (\`ringform show ${savedAs}\`)` } : {});
  }
}
