/**
 * People from a CSV merged into org.yaml's `users:` list, as data: which users are added (at the end, in CSV
 * order), which existing ones (matched by email, or by an email under their `previously`, case-insensitively)
 * get which fields, and which are removed (only with --prune: users org.yaml declares and the CSV does not
 * list). A cell equal to what org.yaml already says changes nothing; an empty cell never clears a field.
 * org.yaml's email is never rewritten: a sheet listing someone by an earlier email (or in other letter case)
 * is older than org.yaml on that point; an email change is made in org.yaml with `previously`.
 */
import type * as W from '../../config/written.generated.js';
import type { Person, Sourced, UserField } from './people.js';

/** A user as org.yaml writes it (the schema's generated type). */
export type WrittenUser = W.User;

export interface UserEdit {
  /** Index in org.yaml's users list before the merge. */
  index: number;
  person: Person;
  set: [UserField, Sourced][];
}

export interface Merge {
  added: Person[];
  updated: UserEdit[];
  removed: { index: number; email: string }[];
  /** The users list after the merge, as data. */
  users: WrittenUser[];
  /** For each user index after the merge, the CSV person it came from (if any). */
  sourceOf: Map<number, Person>;
  /** Rows naming a user an earlier row already named (by their email or one under `previously`): refused. */
  repeated: { person: Person; first: Person }[];
}

export function planMerge(users: readonly WrittenUser[], people: readonly Person[], prune: boolean): Merge {
  const byEmail = indexByEmail(users);
  const matched = new Set<number>();
  const added: Person[] = [];
  const updated: UserEdit[] = [];
  const repeated: Merge['repeated'] = [];
  const matchedBy = new Map<number, Person>();
  for (const person of people) {
    const index = byEmail.get(person.email.value.toLowerCase());
    if (index === undefined) {
      added.push(person);
      continue;
    }
    if (matched.has(index)) {
      repeated.push({ person, first: matchedBy.get(index)! });
      continue;
    }
    matched.add(index);
    matchedBy.set(index, person);
    const set = changedFields(users[index]!, person);
    if (set.length > 0) updated.push({ index, person, set });
  }
  const removed = prune ? users.flatMap((u, index) => (matched.has(index) ? [] : [{ index, email: u.email }])) : [];
  return { added, updated, removed, repeated, ...result(users, people, byEmail, { added, updated, removed }) };
}

function indexByEmail(users: readonly WrittenUser[]): Map<string, number> {
  const byEmail = new Map<string, number>();
  users.forEach((u, i) => {
    for (const email of [u.email, ...(u.previously ?? [])]) if (!byEmail.has(email.toLowerCase())) byEmail.set(email.toLowerCase(), i);
  });
  return byEmail;
}

function changedFields(user: WrittenUser, person: Person): [UserField, Sourced][] {
  const set: [UserField, Sourced][] = [];
  for (const [field, sourced] of Object.entries(person.fields) as [UserField, Sourced][]) {
    if (JSON.stringify(user[field as keyof WrittenUser]) !== JSON.stringify(sourced.value)) set.push([field, sourced]);
  }
  return set;
}

function result(
  users: readonly WrittenUser[],
  people: readonly Person[],
  byEmail: Map<string, number>,
  edits: Pick<Merge, 'added' | 'updated' | 'removed'>,
): Pick<Merge, 'users' | 'sourceOf'> {
  const removed = new Set(edits.removed.map((r) => r.index));
  const setOf = new Map(edits.updated.map((u) => [u.index, u.set]));
  const personOf = new Map(people.flatMap((p) => (byEmail.has(p.email.value.toLowerCase()) ? [[byEmail.get(p.email.value.toLowerCase())!, p] as const] : [])));
  const out: WrittenUser[] = [];
  const sourceOf = new Map<number, Person>();
  users.forEach((user, index) => {
    if (removed.has(index)) return;
    const person = personOf.get(index);
    if (person !== undefined) sourceOf.set(out.length, person);
    out.push({ ...user, ...Object.fromEntries((setOf.get(index) ?? []).map(([f, s]) => [f, s.value])) } as WrittenUser);
  });
  for (const person of edits.added) {
    sourceOf.set(out.length, person);
    out.push(newUser(person));
  }
  return { users: out, sourceOf };
}

/** A new user as org.yaml writes it: email, name, then the other fields in the schema's order (values checked after the merge). */
export function newUser(person: Person): WrittenUser {
  const fields: Record<string, unknown> = Object.fromEntries(Object.entries(person.fields).map(([f, s]) => [f, s.value]));
  return { email: person.email.value, name: String(fields.name ?? ''), ...fields } as WrittenUser;
}
