/**
 * Squaretalk has no API: apply only lists the checklist. This is the person who does it, in the panel's own
 * words (Permission Level Agent / Manager / Admin; Groups; Extension Type), and then exports the Users list
 * again, as src/providers/squaretalk/snapshot.ts reads it. What the export does not show (roles, schedules,
 * a group's settings) is not written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseAddress } from '../../../src/model/address.js';
import { parseCsv } from '../../../src/providers/squaretalk/csv.js';
import type { Action, FieldChange } from '../../../src/plan/types.js';
import type { Plan } from '../../../src/plan/types.js';

const COLUMNS = ['Name', 'Email', 'Phone', 'Active', 'Extension', 'Extension Type', 'Force Login', 'Caller ID', 'Permission Level', 'Groups'] as const;
type Column = (typeof COLUMNS)[number];
type Row = Record<Column, string>;

export const SNAPSHOT_HEADER = COLUMNS.join(',');

/** The panel's permission levels (docs/vendors/squaretalk.md#panel-model): Manager covers supervisors. */
export function panelLevel(role: string): string {
  if (role === 'agent') return 'Agent';
  if (role === 'supervisor' || role === 'manager') return 'Manager';
  if (role === 'admin' || role === 'owner') return 'Admin';
  return role;
}

const EXTENSION_TYPE: Record<string, string> = { web: 'Web', sip: 'SIP', 'sip-tls': 'SIP-TLS' };

export async function personDoes(file: string, plan: Plan): Promise<void> {
  const [header, ...records] = parseCsv(await readFile(file, 'utf8'), file);
  const index = header!.fields.map((f) => f.trim());
  const rows: Row[] = records.map((r) => Object.fromEntries(COLUMNS.map((c) => [c, r.fields[index.indexOf(c)] ?? ''])) as Row);
  for (const action of plan.actions) if (action.kind === 'manual') doStep(rows, action);
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  await writeFile(file, [SNAPSHOT_HEADER, ...rows.map((r) => COLUMNS.map((c) => quote(r[c])).join(','))].join('\n') + '\n');
}

function doStep(rows: Row[], action: Extract<Action, { kind: 'manual' }>): void {
  const keys = parseAddress(action.address)?.keys ?? [];
  const byEmail = (email: string) => rows.find((r) => r.Email.toLowerCase() === email.toLowerCase());
  const value = (changes: FieldChange[], field: string) => changes.find((c) => c.field === field)?.after;
  if (action.resource === 'user') {
    if (action.intent === 'create') {
      const row = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Row;
      rows.push(row);
      setUser(row, action.changes);
    } else if (action.intent === 'update' || action.intent === 'replace') {
      const row = byEmail(keys[0]!);
      if (row) setUser(row, action.changes);
    } else if (action.intent === 'delete') {
      const i = rows.findIndex((r) => r.Email.toLowerCase() === keys[0]!.toLowerCase());
      if (i >= 0) rows.splice(i, 1);
    }
  } else if (action.resource === 'extension' && (action.intent === 'create' || action.intent === 'update')) {
    const row = rows.find((r) => r.Extension === keys[0]);
    if (!row) return;
    const type = value(action.changes, 'type');
    if (type !== undefined) row['Extension Type'] = EXTENSION_TYPE[String(type)] ?? '';
    const force = value(action.changes, 'forceLogin');
    if (force !== undefined) row['Force Login'] = force ? 'yes' : 'no';
    const callerId = value(action.changes, 'callerId');
    if (callerId !== undefined) row['Caller ID'] = callerId === null ? '' : String(callerId);
  } else if (action.resource === 'member') {
    const row = byEmail(keys[1]!);
    if (!row) return;
    const groups = row.Groups.split(';').map((g) => g.trim()).filter(Boolean);
    if (action.intent === 'add-member' && !groups.includes(keys[0]!)) groups.push(keys[0]!);
    if (action.intent === 'remove-member') groups.splice(groups.indexOf(keys[0]!) >>> 0, groups.includes(keys[0]!) ? 1 : 0);
    row.Groups = groups.join(';');
  } else if (action.resource === 'department' && action.intent === 'delete') {
    for (const row of rows) row.Groups = row.Groups.split(';').map((g) => g.trim()).filter((g) => g !== '' && g !== keys[0]).join(';');
  }
}

function setUser(row: Row, changes: FieldChange[]): void {
  for (const c of changes) {
    const after = c.after;
    if (c.field === 'email') row.Email = String(after);
    if (c.field === 'name') row.Name = String(after);
    if (c.field === 'phone') row.Phone = after === null ? '' : String(after);
    if (c.field === 'extension') row.Extension = after === null ? '' : String(after);
    if (c.field === 'status') row.Active = after === 'disabled' ? 'no' : 'yes';
    if (c.field === 'role') row['Permission Level'] = panelLevel(String(after));
  }
}
