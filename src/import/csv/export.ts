/**
 * The users org.yaml declares as spreadsheet rows (`ringform export --csv`): one row per user, the columns
 * `--from-csv` reads by name, values as written in org.yaml (an unset field is an empty cell, so the sheet
 * never claims a default org.yaml does not state). Departments are joined with `|`; panelAccess is yes/no.
 * Exporting and importing the result into the same org.yaml changes nothing (a test holds it to that).
 */
import type { WrittenOrg } from '../../config/written.generated.js';

export const EXPORT_COLUMNS = ['email', 'name', 'phone', 'extension', 'role', 'panelAccess', 'status', 'receiveCalls', 'departments', 'invite'] as const;

type Column = (typeof EXPORT_COLUMNS)[number];

export function usersAsRows(org: Pick<WrittenOrg, 'users'>): string[][] {
  const rows = (org.users ?? []).map((user) => EXPORT_COLUMNS.map((c) => cellOf(c, (user as Record<Column, unknown>)[c])));
  return [[...EXPORT_COLUMNS], ...rows];
}

function cellOf(column: Column, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (column === 'departments' && Array.isArray(value)) return value.join('|');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
