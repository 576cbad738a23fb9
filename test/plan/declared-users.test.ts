/**
 * The invariant behind "deletes need corroboration" (issue 13), as a property over random desired and
 * live orgs with random corruptions of the live user list (records repeated under the same or another
 * id, with the email in another case, a declared user's id under another email, old `previously`
 * accounts still live, any order): no plan deletes, by API or by hand, a live user record that is a user
 * org.yaml declares. (The same property through the vendor emulators is test/property's, on the
 * providers' side.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LiveOrg, LiveUser } from '../../src/model/live.js';
import { intentOf } from '../../src/plan/draft.js';
import { manual } from '../../src/model/capabilities.js';
import { build, side } from './arbitraries.js';
import { caps, liveFrom, org, planOf } from './builders.js';

const EMAILS = ['a@x', 'b@x', 'c@x', 'd@x', 'e@x'];

const corruption = fc.oneof(
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), id: fc.boolean(), upper: fc.boolean() }),
  fc.record({ kind: fc.constant('id-under-other-email' as const), at: fc.nat(), email: fc.constantFrom('z@x', 'y@x') }),
  fc.record({ kind: fc.constant('old-account' as const), email: fc.constantFrom('old1@x', 'old2@x') }),
);

const scenario = fc.record({
  desired: side,
  live: side,
  previously: fc.array(fc.tuple(fc.constantFrom(...EMAILS), fc.constantFrom('old1@x', 'old2@x', ...EMAILS)), { maxLength: 3 }),
  corruptions: fc.array(corruption, { maxLength: 4 }),
  order: fc.array(fc.nat(), { maxLength: 12 }),
  manualDeletes: fc.boolean(),
});

type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

function corrupt(current: LiveOrg, corruptions: Corruption[], order: number[]): LiveOrg {
  const users: LiveUser[] = [...current.users];
  corruptions.forEach((c, i) => {
    if (c.kind === 'old-account') {
      users.push({ id: `user:${c.email}`, data: { ...structuredClone(users[0]?.data ?? null)!, email: c.email }, inviteStatus: 'accepted' });
      if (!users[0]) users.pop();
      return;
    }
    const original = users[c.at % Math.max(1, users.length)];
    if (!original) return;
    const copy = structuredClone(original);
    if (c.kind === 'repeat') {
      if (c.id) copy.id = `${copy.id}#${i}`;
      if (c.upper) copy.data.email = copy.data.email.toUpperCase();
    } else copy.data.email = c.email;
    users.push(copy);
  });
  // Any order, as a shifting listing gives it.
  for (let i = users.length - 1; i > 0; i--) {
    const j = (order[i % Math.max(1, order.length)] ?? 0) % (i + 1);
    [users[i], users[j]] = [users[j]!, users[i]!];
  }
  return { ...current, users };
}

describe('no plan deletes a user org.yaml declares', () => {
  it('holds over random orgs and corrupted user listings, with prune on', () => {
    let cases = 0;
    let deletesSeen = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const desired = build(s.desired, org()).prune({ users: true, extensions: true, departments: true, roles: true, schedules: true }).build();
        for (const [email, old] of s.previously) {
          const u = desired.users.find((d) => d.email === email);
          if (u && old !== email) u.previously.push(old);
        }
        const current = corrupt(liveFrom(build(s.live, org()).build()), s.corruptions, s.order);
        const capabilities = s.manualDeletes ? caps().operation('user', 'delete', manual('by hand', 'Delete {email}')).build() : caps().build();
        let plan;
        try {
          plan = planOf(desired, current, { caps: capabilities });
        } catch {
          return; // a cycle the planner reports (properties.test.ts covers which); nothing is planned
        }
        cases++;
        const declared = new Set(desired.users.flatMap((u) => [u.email, ...u.previously].map((e) => e.toLowerCase())));
        const declaredIds = new Set(current.users.filter((l) => declared.has(l.data.email.toLowerCase())).map((l) => l.id));
        const deletes = plan.actions.filter((a) => a.resource === 'user' && intentOf(a) === 'delete');
        deletesSeen += deletes.length;
        for (const d of deletes) {
          expect(declaredIds.has(d.vendorId ?? '')).toBe(false);
          expect(desired.users.some((u) => `user[${JSON.stringify(u.email)}]` === d.address)).toBe(false);
        }
      }),
      { numRuns: Number(process.env['PLAN_PROPERTY_RUNS'] ?? 400) },
    );
    // The property is not vacuous: plans were made, and undeclared users were deleted in them.
    expect(cases).toBeGreaterThan(0);
    expect(deletesSeen).toBeGreaterThan(0);
  });
});
