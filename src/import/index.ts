/**
 * `ringform import`: live state → a commented org.yaml that plans to zero actions against the same
 * organisation (see written.ts for what is written and why). Pure: reading live state and writing the
 * file are the command's.
 */
import type { LiveOrg } from '../model/live.js';
import { buildDocument } from './document.js';
import { selectUsers, type UserFilter } from './select.js';
import { toWritten } from './written.js';

export interface ImportInput {
  live: LiveOrg;
  /** The `provider:` section to write. */
  provider: Record<string, unknown>;
  /** Where the live state came from, for the header comment. */
  source: string;
  /** `$schema` path, relative to the written file. */
  schema: string;
  filter: UserFilter;
}

export interface Imported {
  text: string;
  counts: Record<'roles' | 'schedules' | 'extensions' | 'users' | 'departments', number>;
  leftOut: number;
}

export function renderImport(input: ImportInput): Imported {
  const selection = selectUsers(input.live, input.filter);
  const collections = toWritten(selection.live);
  const doc = buildDocument({
    schema: input.schema,
    source: input.source,
    provider: input.provider,
    collections,
    ignore: input.filter.exclude.map((email) => ({ email })),
    leftOut: selection.dropped.size,
    departmentNotes: selection.notes,
  });
  const counts = {
    roles: collections.roles.length,
    schedules: collections.schedules.length,
    extensions: collections.extensions.length,
    users: collections.users.length,
    departments: collections.departments.length,
  };
  return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), counts, leftOut: selection.dropped.size };
}

export type { UserFilter } from './select.js';
