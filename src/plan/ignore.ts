/**
 * settings.ignore: live objects ringform must leave alone (docs/design.md#ignore-rules-edit-the-inputs, DNSControl's handsoff).
 * The rules edit the inputs before the diff: a matched object is taken out of both the desired and the
 * live org, so it can never become an action, and it is listed as unmanaged instead.
 *
 * Decisions:
 * - All fields a rule gives must match; a rule giving none matches nothing. A field the object does not
 *   have fails the match (a rule with `email` never matches an extension).
 * - An extension held live by an ignored user or department is ignored with it: deleting it would pull
 *   the line out from under an object we promised to leave alone.
 * - A user's department memberships are not edited here: members.ts skips members of ignored users.
 * - When a desired object matches a rule, the rule wins and a warning says so.
 */
import picomatch from 'picomatch';
import { addressOf } from '../model/address.js';
import type { LiveOrg } from '../model/live.js';
import type { IgnoreRule, Org } from '../model/org.js';
import type { UnmanagedObject } from './types.js';

interface Matchable {
  email?: string | null;
  extension?: string | null;
  name?: string | null;
}

const RULE_FIELDS = ['email', 'extension', 'name'] as const;

export function matchesRule(rule: IgnoreRule, object: Matchable): boolean {
  const given = RULE_FIELDS.filter((f) => rule[f] !== null && rule[f] !== undefined);
  if (given.length === 0) return false;
  return given.every((f) => {
    const value = object[f];
    return typeof value === 'string' && picomatch.isMatch(value, rule[f]!, { nocase: true, dot: true });
  });
}

export interface Ignored {
  desired: Org;
  live: LiveOrg;
  unmanaged: UnmanagedObject[];
  warnings: string[];
  /** Lower-cased emails of ignored users (live or desired). */
  users: Set<string>;
}

export function applyIgnoreRules(desired: Org, live: LiveOrg): Ignored {
  const rules = desired.settings.ignore;
  const hit = (o: Matchable) => rules.some((r) => matchesRule(r, o));
  const unmanaged: UnmanagedObject[] = [];
  const warnings: string[] = [];
  const users = new Set<string>();

  const userHit = (u: { email: string; extension: string | null; name: string }) => hit(u);
  const deptHit = (d: { name: string; extension: string | null }) => hit({ name: d.name, extension: d.extension });
  const nameHit = (o: { name: string }) => hit({ name: o.name });

  for (const u of [...live.users.map((l) => l.data), ...desired.users]) if (userHit(u)) users.add(u.email.toLowerCase());
  const ignoredExtensions = new Set<string>();
  for (const l of live.users) if (userHit(l.data) && l.data.extension) ignoredExtensions.add(l.data.extension);
  for (const l of live.departments) if (deptHit(l.data) && l.data.extension) ignoredExtensions.add(l.data.extension);
  const extHit = (e: { number: string }) => ignoredExtensions.has(e.number) || hit({ extension: e.number });

  const split = <T>(kind: Parameters<typeof addressOf>[0], items: T[], test: (t: T) => boolean, key: (t: T) => string, isLive: boolean) =>
    items.filter((item) => {
      if (!test(item)) return true;
      const address = addressOf(kind, key(item));
      if (isLive) unmanaged.push({ address, reason: 'ignored' });
      else warnings.push(`${address} is declared in org.yaml but matches settings.ignore; it is left alone`);
      return false;
    });

  const next: Org = {
    ...desired,
    roles: split('role', desired.roles, nameHit, (r) => r.name, false),
    schedules: split('schedule', desired.schedules, nameHit, (s) => s.name, false),
    extensions: split('extension', desired.extensions, extHit, (e) => e.number, false),
    users: split('user', desired.users, userHit, (u) => u.email, false),
    departments: split('department', desired.departments, deptHit, (d) => d.name, false),
  };
  const nextLive: LiveOrg = {
    roles: split('role', live.roles, (l) => nameHit(l.data), (l) => l.data.name, true),
    schedules: split('schedule', live.schedules, (l) => nameHit(l.data), (l) => l.data.name, true),
    extensions: split('extension', live.extensions, (l) => extHit(l.data), (l) => l.data.number, true),
    users: split('user', live.users, (l) => userHit(l.data), (l) => l.data.email, true),
    departments: split('department', live.departments, (l) => deptHit(l.data), (l) => l.data.name, true),
  };
  return { desired: next, live: nextLive, unmanaged, warnings, users };
}
