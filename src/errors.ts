/**
 * Named errors and the exit codes the CLI maps them to (docs/design.md#thin-cli-and-error-triage): user errors print a clean
 * message; anything else is a bug and prints a report hint. Messages never carry secrets.
 */

export const EXIT = {
  ok: 0,
  error: 1,
  /** plan --detailed-exitcode / drift: there are changes. */
  changes: 2,
  /** A guard stopped the plan or apply (mass delete without --force, or a protected user). */
  guard: 3,
  /** A saved plan no longer matches org.yaml or live state. */
  stalePlan: 4,
  /** apply finished, but some actions failed or were skipped. */
  partial: 5,
  /** Another apply holds the lock on this org. */
  locked: 6,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class RingformError extends Error {
  override name = 'RingformError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.error,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * An action that changed the vendor before it failed: a create succeeded and a follow-up call on the new object
 * did not. `done` says what happened (`created the user (uuid 1f3…)`) and `id` is the new object's id, so apply
 * reports both and later actions of the same run can still find the object.
 */
export class PartialApplyError extends RingformError {
  override name = 'PartialApplyError';
  constructor(
    message: string,
    readonly done: string,
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(message, EXIT.error, options);
  }
}

/** org.yaml (or another input file) is invalid; the diagnostics say where and why. */
export class ConfigError extends RingformError {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly diagnostics: import('./config/diagnostic.js').Diagnostic[] = [],
  ) {
    super(message, EXIT.error);
  }
}

export class GuardError extends RingformError {
  override name = 'GuardError';
  constructor(message: string) {
    super(message, EXIT.guard);
  }
}

export class StalePlanError extends RingformError {
  override name = 'StalePlanError';
  constructor(message: string) {
    super(message, EXIT.stalePlan);
  }
}

export class LockError extends RingformError {
  override name = 'LockError';
  constructor(message: string) {
    super(message, EXIT.locked);
  }
}
