/** The machine view: the Plan itself, with secrets masked (after octoDNS `PlanJson`, Terraform's JSON view). */
import type { Plan } from '../plan/types.js';
import { redact } from './sensitive.js';

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(redact(plan), null, 2)}\n`;
}
