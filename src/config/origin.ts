/**
 * The lines of the keys that decide what a plan may delete: each collection (`users:`) and its prune
 * setting (`settings.prune.users`). The planner names them when a guard stops a mass delete.
 */
import type { OrgOrigin } from '../model/origin.js';
import { nodeAt, positionOf, type DataPath, type ParsedSource } from './source.js';
import type { WrittenOrg } from './written.generated.js';

const COLLECTIONS = ['users', 'extensions', 'departments', 'members', 'schedules', 'roles'] as const;

/**
 * The lines are found when first read (only when a guard trips): finding them needs the file's positions,
 * which a valid file otherwise never builds (parse.ts).
 */
export function orgOrigin(src: ParsedSource, written?: WrittenOrg): OrgOrigin {
  let lines: Record<string, number> | undefined;
  let byEmail: Map<string, number> | undefined;
  // Made now, so the origin does not hold the loaded data alive through planning (issue 18 memory); usually empty.
  const spelled = capitalisedEmails(written);
  return {
    file: src.file,
    get lines() {
      return (lines ??= linesOf(src));
    },
    // Where a user's field is (plan-time vendor constraints point at it), found on first use. A dotted field
    // (`vendor.smartflo.agent_group`) is a nested key: the deepest written part of it, else the email.
    userPosition(email: string, field: string) {
      byEmail ??= usersByEmail(src);
      const i = byEmail.get(email.toLowerCase());
      if (i === undefined) return undefined;
      const parts = field.split('.');
      for (let n = parts.length; n > 0; n--) {
        const path = ['users', i, ...parts.slice(0, n)];
        if (nodeAt(src, path) !== undefined) return positionOf(src, path);
      }
      return positionOf(src, ['users', i, 'email']);
    },
    departmentPosition(index: number) {
      const path = ['departments', index, 'name'];
      return nodeAt(src, path) === undefined ? undefined : positionOf(src, path);
    },
    // From the data as loaded, not the Document: on the fast path the Document is never built (issue 18 memory).
    spelledEmails: () => spelled,
  };
}

/** Users' emails written with capitals, by their lower case (plan/email-case.ts says those capitals are not sent). */
function capitalisedEmails(written: WrittenOrg | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of written?.users ?? []) {
    const lower = u.email.toLowerCase();
    if (u.email !== lower && !out.has(lower)) out.set(lower, u.email);
  }
  return out;
}

function linesOf(src: ParsedSource): Record<string, number> {
  const lines: Record<string, number> = {};
  const note = (path: DataPath) => {
    if (nodeAt(src, path) !== undefined) lines[path.join('.')] = positionOf(src, path, 'key').line;
  };
  note(['provider']);
  for (const c of COLLECTIONS) {
    note([c]);
    note(['settings', 'prune', c]);
  }
  return lines;
}

/** Index of each user entry by its email, from the document as parsed (built once, on first use). */
function usersByEmail(src: ParsedSource): Map<string, number> {
  const out = new Map<string, number>();
  const users = (src.doc.toJS() as { users?: unknown } | null)?.users;
  if (!Array.isArray(users)) return out;
  users.forEach((u: unknown, i) => {
    const email = (u as { email?: unknown } | null)?.email;
    if (typeof email === 'string' && !out.has(email.toLowerCase())) out.set(email.toLowerCase(), i);
  });
  return out;
}
