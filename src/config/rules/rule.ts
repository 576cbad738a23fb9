/**
 * A semantic rule: a small named check over the schema-valid org, with its own stable code and fix hint
 * (changesets' `rules: Rule[]`, docs/design.md#named-semantic-rules). Rules see both the document as written (for paths,
 * hence positions) and the normalised org (for merged members and defaults); their array indexes agree.
 */
import type { Org } from '../../model/org.js';
import type { CodeInfo } from '../codes.js';
import type { LeftOut } from '../partial.js';
import type { DataPath, Position, Target } from '../source.js';
import type { WrittenOrg } from '../written.generated.js';

export interface ReportOptions {
  /** Overrides the rule's default hint. */
  hint?: string;
  /** The pointed line may hold a secret: its code frame masks it. */
  sensitive?: boolean;
  target?: Target;
}

export interface RuleContext {
  written: WrittenOrg;
  org: Org;
  /**
   * Entries taken out because they failed the schema (empty sets for a schema-valid file). A reference
   * to one of them is not "undeclared": the entry exists, broken, and has its own error.
   */
  leftOut: LeftOut;
  /** Reports a problem at the YAML node for `path` (e.g. ['users', 3, 'phone']). */
  report(path: DataPath, message: string, options?: ReportOptions): void;
  /** Where `path` is, for messages that point at an earlier occurrence ("first used on line 12"). */
  positionOf(path: DataPath): Position;
}

export interface Rule extends CodeInfo {
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
