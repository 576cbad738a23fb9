/** Small lookups shared by rules. */
import type { DataPath } from '../source.js';
import { closest } from '../suggest.js';
import type { RuleContext } from './rule.js';
import type * as W from '../written.generated.js';

export const E164 = /^\+[1-9]\d{6,14}$/;

export const lower = (s: string): string => s.toLowerCase();

export interface Occurrence {
  key: string;
  path: DataPath;
  /** How to name the owner in a message, e.g. `user priya@example.com`. */
  label: string;
}

/**
 * Reports every occurrence of a key after its first, pointing back at the first one. `describe` builds the
 * message from the repeated occurrence and the first one's label and line.
 */
export function reportRepeats(
  ctx: RuleContext,
  occurrences: Occurrence[],
  describe: (repeat: Occurrence, first: Occurrence, firstLine: number) => string,
): void {
  const first = new Map<string, Occurrence>();
  for (const o of occurrences) {
    const earlier = first.get(o.key);
    if (earlier) ctx.report(o.path, describe(o, earlier, ctx.positionOf(earlier.path).line));
    else first.set(o.key, o);
  }
}

export function users(ctx: RuleContext): W.User[] {
  return ctx.written.users ?? [];
}

export function departments(ctx: RuleContext): W.Department[] {
  return ctx.written.departments ?? [];
}

const emailsOf = new WeakMap<W.WrittenOrg, Set<string>>();
const departmentNamesOf = new WeakMap<W.WrittenOrg, Set<string>>();

/** Declared emails, lower-cased; built once per document (rules call it per reference, on orgs of 50k users). */
export function userEmails(ctx: RuleContext): Set<string> {
  let emails = emailsOf.get(ctx.written);
  if (!emails) emailsOf.set(ctx.written, (emails = new Set([...users(ctx).map((u) => lower(u.email)), ...ctx.leftOut.emails])));
  return emails;
}

/** Declared department names, built once per document. */
export function departmentNames(ctx: RuleContext): Set<string> {
  let names = departmentNamesOf.get(ctx.written);
  if (!names) departmentNamesOf.set(ctx.written, (names = new Set([...departments(ctx).map((d) => d.name), ...ctx.leftOut.departments])));
  return names;
}

/** Path of a department member's email: the item itself, or its `user` field. */
export function memberPath(d: number, m: number, member: W.Member): DataPath {
  return typeof member === 'string' ? ['departments', d, 'members', m] : ['departments', d, 'members', m, 'user'];
}

/** A hint for an unknown user reference: an earlier email of someone, or a close spelling. */
export function unknownUserHint(ctx: RuleContext, email: string, fallback: string): string {
  const owner = users(ctx).find((u) => (u.previously ?? []).some((p) => lower(p) === lower(email)));
  if (owner) return `"${email}" is an earlier email of ${owner.name}; use the current one, ${lower(owner.email)}.`;
  const near = closest(email, userEmails(ctx));
  return near ? `Did you mean "${near}"? ${fallback}` : fallback;
}
