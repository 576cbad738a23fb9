/**
 * `ringform import`: live state → a commented org.yaml that plans to zero actions against the same
 * organisation (see written.ts for what is written and why). Pure: reading live state and writing the
 * file are the command's.
 */
import type { LiveOrg } from '../model/live.js';
import { BUILTIN_ROLES } from '../model/org.js';
import type { LiveOrg as Live } from '../model/live.js';
import { ROLE_NAME } from '../model/role-names.js';
import { buildDocument } from './document.js';
import { selectUsers, type UserFilter } from './select.js';
import { commonTimezone, ringTimeoutWritable, toWritten, UNMANAGED_ROLE } from './written.js';
import { referencedSchedules, stubSchedule } from './referenced.js';
import { escapeUnsafeYaml } from './inert-yaml.js';
import { inviteHeaderNotes, inviteNotesOf } from './invite-notes.js';

export interface ImportInput {
  live: LiveOrg;
  /** The `provider:` section to write. */
  provider: Record<string, unknown>;
  /** Where the live state came from, for the header comment. */
  source: string;
  /** `$schema` path, relative to the written file. */
  schema: string;
  filter: UserFilter;
  /** Header notes (e.g. collections the provider cannot read). */
  notes?: string[];
}

export interface Imported {
  text: string;
  counts: Record<'roles' | 'schedules' | 'extensions' | 'users' | 'departments', number>;
  leftOut: number;
}


export function renderImport(input: ImportInput): Imported {
  // Vendors that list their built-in roles: those need no declaration (and may not be declared).
  const custom = input.live.roles.filter((r) => !(BUILTIN_ROLES as readonly string[]).includes(r.data.name));
  const unnamed = custom.filter((r) => !ROLE_NAME.test(r.data.name)).map((r) => r.data.name);
  const unread = referencedSchedules(input.live);
  const timezone = commonTimezone(input.live.schedules.map((s) => s.data));
  const schedules = [...input.live.schedules, ...unread.map((name) => stubSchedule(name, timezone))];
  const roles = custom.filter((r) => ROLE_NAME.test(r.data.name));
  const { live: withRoles, unnamedRoles } = referenceableRoles({ ...input.live, schedules, roles });
  const live = withRoles;
  const selection = selectUsers(live, input.filter);
  for (const d of selection.live.departments) {
    if (d.data.ringTimeout === 25 || ringTimeoutWritable(d.data.ringTimeout)) continue;
    const unread = (input.live.unreadable ?? []).some((u) => u.resource === 'department' && u.field === 'ringTimeout' && (u.keys === undefined || u.keys.includes(d.data.name)));
    if (unread) continue;
    const note = `ringTimeout is ${d.data.ringTimeout} on the vendor, outside org.yaml's 5–600 s: left out, so it stays as the vendor has it (unmanaged).`;
    selection.notes.set(d.data.name, [...(selection.notes.get(d.data.name) ?? []), note]);
  }
  const collections = toWritten(selection.live);
  const doc = buildDocument({
    schema: input.schema,
    source: input.source,
    provider: input.provider,
    collections,
    ignore: input.filter.exclude.map((email) => ({ email })),
    leftOut: selection.dropped.size,
    departmentNotes: selection.notes,
    inviteNotes: inviteNotesOf(selection.live.users),
    notes: [
      ...(input.notes ?? []),
      ...inviteHeaderNotes(selection.live.users),
      ...(unread.length ? [`Schedules ${unread.map((n) => JSON.stringify(n)).join(', ')} are in use but cannot be read from the vendor: declared with no hours; fill in their hours.`] : []),
      ...(unnamed.length ? [`Not imported: roles ${unnamed.map((n) => JSON.stringify(n)).join(', ')} (org.yaml role names are lower-case-with-dashes); they stay unmanaged.`] : []),
      ...(unnamedRoles.length
        ? [
            `Users holding ${unnamedRoles.map((n) => JSON.stringify(n)).join(', ')} are written without \`role\` (left unmanaged): org.yaml cannot name ${unnamedRoles.length === 1 ? 'that role' : 'those roles'}. ` +
              'Map the vendor role ids to names (provider.vendor.<vendor>.roleIds, or `ringform import --role-map name=id`) to import them.',
          ]
        : []),
    ],
  });
  const counts = {
    roles: collections.roles.length,
    schedules: collections.schedules.length,
    extensions: collections.extensions.length,
    users: collections.users.length,
    departments: collections.departments.length,
  };
  return { text: escapeUnsafeYaml(doc.toString({ lineWidth: 0, flowCollectionPadding: false })), counts, leftOut: selection.dropped.size };
}

/**
 * A user's role is written only when org.yaml can reference it: a built-in role or a role the file declares.
 * Any other (MyOperator's "role_id 7" without a role map, a vendor role whose name is not an org.yaml name)
 * is left out, so the field stays unmanaged and the plan against the same vendor is empty.
 */
function referenceableRoles(live: Live): { live: Live; unnamedRoles: string[] } {
  const known = new Set<string>([...BUILTIN_ROLES, ...live.roles.map((r) => r.data.name)]);
  const unnamed = new Set<string>();
  const users = live.users.map((u) => {
    if (known.has(u.data.role)) return u;
    unnamed.add(u.data.role);
    return { ...u, data: { ...u.data, role: UNMANAGED_ROLE } };
  });
  return { live: { ...live, users }, unnamedRoles: [...unnamed].sort() };
}

export type { UserFilter } from './select.js';
