import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import type { Plan } from '../plan/types.js';

export type PlanFormat = 'text' | 'json' | 'markdown';
export const PLAN_FORMATS: readonly PlanFormat[] = ['text', 'json', 'markdown'];

export function renderPlan(plan: Plan, format: PlanFormat, color: boolean): string {
  switch (format) {
    case 'text':
      return renderText(plan, { color });
    case 'json':
      return renderJson(plan);
    case 'markdown':
      return renderMarkdown(plan);
  }
}
