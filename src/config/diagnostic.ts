/**
 * A problem found in an input file, Terraform-diagnostic style: severity, code, message, a fix hint and
 * the exact source position (1-based line and column).
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable code, e.g. `RF101`, documented in the README. */
  code: string;
  message: string;
  /** How to fix it. */
  hint?: string;
  file: string;
  line: number;
  column: number;
  /** Instance path into the document (JSON pointer), when known. */
  path?: string;
  /** The pointed line may hold a secret (a value pasted into provider.credentials): code frames mask it. */
  sensitive?: boolean;
}
