/**
 * Where the parts of org.yaml that steer deletions were written, so that a guard can name the file and
 * the line to change (`users:`, `settings.prune.users`). Filled by config from the parsed source; absent
 * when the desired org did not come from a file (drift's and tests' in-memory orgs).
 */
export interface OrgOrigin {
  /** The org file, as the command was given it. */
  file: string;
  /** 1-based line of a key, by dotted path (`users`, `settings.prune.users`); missing = not written. */
  lines: Readonly<Record<string, number>>;
  /**
   * Where a user's field is written (or the user's email, when the field is not): for blocking diagnostics found
   * by plan. Resolved on demand from the parsed file; undefined when the user is not in it.
   */
  userPosition?(email: string, field: string): { line: number; column: number } | undefined;
  /** Where the `index`-th department's name is written, for coverage findings plan checks again (shell/make-plan.ts). */
  departmentPosition?(index: number): { line: number; column: number } | undefined;
  /** Users' emails org.yaml writes with capitals (the model holds them in lower case), by their lower case. */
  spelledEmails?(): ReadonlyMap<string, string>;
}
