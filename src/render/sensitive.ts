/**
 * Secrets never reach output (docs/design.md#masked-secrets, after Terraform's `renderers/sensitive.go`): a field whose
 * name looks like a secret is shown as `(sensitive)` at any depth, in every renderer. The test is on names, not
 * values, so it is deliberately broad ("pin" also matches "mapping"): hiding a harmless value costs little.
 */
import { SENSITIVE_NAME } from '../secret-names.js';

export { SENSITIVE_NAME };
export const MASK = '(sensitive)';

/** True when a field path (`vendor.smartflo.sipPassword`) names a secret anywhere along it. */
export function isSensitive(path: string): boolean {
  return SENSITIVE_NAME.test(path);
}

function isFieldChange(v: Record<string, unknown>): boolean {
  return typeof v.field === 'string' && 'before' in v && 'after' in v;
}

/** A deep copy with every sensitive-named value (and both sides of a sensitive FieldChange) masked; null stays null. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const secretChange = isFieldChange(obj) && isSensitive(obj.field as string);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const masked = SENSITIVE_NAME.test(k) || (secretChange && (k === 'before' || k === 'after'));
    out[k] = masked && v !== null && v !== undefined ? MASK : redact(v);
  }
  return out;
}
