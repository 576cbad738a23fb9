/**
 * `import --include/--exclude`: which live users to write. Globs match emails (case-insensitive, as
 * settings.ignore does). A user is kept when it matches some --include (or none is given) and no
 * --exclude. What belongs to or points at a dropped user is dropped with it, so the written file
 * validates: its extension, its department memberships, and a department's manager or `user` failover
 * naming it (the department gets a comment saying so, and a plan will show that field cleared).
 */
import picomatch from 'picomatch';
import type { LiveOrg } from '../model/live.js';

export interface UserFilter {
  include: string[];
  exclude: string[];
}

export interface Selection {
  live: LiveOrg;
  /** Lower-cased emails of live users left out. */
  dropped: Set<string>;
  /** Per department name: what was dropped from it because it named a user left out. */
  notes: Map<string, string[]>;
}

export function userMatcher(filter: UserFilter): (email: string) => boolean {
  const opts = { nocase: true, dot: true };
  const included = filter.include.length === 0 ? () => true : picomatch(filter.include, opts);
  const excluded = filter.exclude.length === 0 ? () => false : picomatch(filter.exclude, opts);
  return (email) => included(email) && !excluded(email);
}

export function selectUsers(live: LiveOrg, filter: UserFilter): Selection {
  const keep = userMatcher(filter);
  const dropped = new Set(live.users.filter((u) => !keep(u.data.email)).map((u) => u.data.email.toLowerCase()));
  const gone = (email: string | null) => email !== null && dropped.has(email.toLowerCase());
  const notes = new Map<string, string[]>();
  const departments = live.departments.map((d) => {
    const { manager, failover, members } = d.data;
    const note = [
      ...(gone(manager) ? [`manager ${manager} left out (not imported)`] : []),
      ...(failover?.type === 'user' && gone(failover.target) ? [`failover to ${failover.target} left out (not imported)`] : []),
    ];
    if (note.length > 0) notes.set(d.data.name, note);
    return {
      ...d,
      data: {
        ...d.data,
        manager: gone(manager) ? null : manager,
        failover: failover?.type === 'user' && gone(failover.target) ? null : failover,
        members: members.filter((m) => !gone(m.user)),
      },
    };
  });
  const theirs = new Set(live.users.filter((u) => gone(u.data.email)).map((u) => u.data.extension));
  const users = live.users.filter((u) => !gone(u.data.email));
  const extensions = live.extensions.filter((e) => !theirs.has(e.data.number));
  return { live: { ...live, users, extensions, departments }, dropped, notes };
}
