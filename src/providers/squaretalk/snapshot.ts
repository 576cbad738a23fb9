/**
 * Live state from a CSV export of Squaretalk's Users list (Settings → Users & Permissions → Users), one row
 * per user. Columns are matched by header, case-insensitively; unknown columns are ignored (exports carry
 * more). Name and Email are required; the rest default as a new user in the panel would be:
 *
 *   Name, Email, Phone, Active (yes/no, default yes), Extension, Extension Type (Web / SIP / SIP-TLS,
 *   default Web), Force Login (yes/no, default no), Caller ID, Permission Level (Agent / Manager / Admin,
 *   or a custom role profile; default Agent), Groups (names separated by ";").
 *
 * Groups become departments whose members ring in row order. Every user signs in to the dashboard (the
 * email is the login) and was sent the invitation when created, so panel access is on and invites settled.
 */
import { RingformError } from '../../errors.js';
import type { Live, LiveOrg, LiveUser } from '../../model/live.js';
import type { Department, Extension, ExtensionType, User } from '../../model/org.js';
import { parseCsv, type CsvRecord } from './csv.js';
import { defaultWebLogin } from '../../model/web-login.js';

export const SNAPSHOT_COLUMNS = ['Name', 'Email', 'Phone', 'Active', 'Extension', 'Extension Type', 'Force Login', 'Caller ID', 'Permission Level', 'Groups'] as const;
type Column = (typeof SNAPSHOT_COLUMNS)[number];

const PERMISSION_LEVELS: Record<string, string> = { agent: 'agent', manager: 'manager', admin: 'admin' };

interface Row {
  line: number;
  get(column: Column): string;
}

export function readSnapshot(text: string, file: string): LiveOrg {
  const [header, ...records] = parseCsv(text, file);
  if (!header) throw new RingformError(`${file}: the snapshot is empty; export Settings → Users & Permissions → Users as CSV`);
  const rows = toRows(header, records, file);
  const users: LiveUser[] = [];
  const extensions: Live<Extension>[] = [];
  const groups = new Map<string, string[]>();
  const seen = { emails: new Set<string>(), extensions: new Set<string>() };
  for (const row of rows) {
    const user = readUser(row, file, seen);
    // The export shows no invite state ("the user will receive an email invitation" [S: help centre]): unknown.
    users.push({ id: user.email, data: user, inviteStatus: 'unknown' });
    if (user.extension !== null) extensions.push({ id: user.extension, data: readExtension(row, user.extension, file) });
    for (const group of row.get('Groups').split(';').map((g) => g.trim()).filter(Boolean)) {
      groups.set(group, [...(groups.get(group) ?? []), user.email]);
    }
  }
  return {
    roles: [],
    schedules: [],
    extensions,
    users,
    departments: [...groups].map(([name, members]) => group(name, members)),
    hiddenWhenEmpty: [{ resource: 'department', why: 'the Users export shows a group only through its members' }],
  };
}

function toRows(header: CsvRecord, records: CsvRecord[], file: string): Row[] {
  const index = new Map(header.fields.map((h, i) => [h.trim().toLowerCase(), i]));
  for (const required of ['Name', 'Email'] as const) {
    if (!index.has(required.toLowerCase())) {
      throw new RingformError(`${file} line ${header.line}: no "${required}" column (columns read: ${SNAPSHOT_COLUMNS.join(', ')})`);
    }
  }
  return records.map((r) => {
    if (r.fields.length > header.fields.length) {
      throw new RingformError(`${file} line ${r.line}: ${r.fields.length} fields, but the header has ${header.fields.length}`);
    }
    return { line: r.line, get: (c: Column) => (r.fields[index.get(c.toLowerCase()) ?? -1] ?? '').trim() };
  });
}

function readUser(row: Row, file: string, seen: { emails: Set<string>; extensions: Set<string> }): User {
  const at = `${file} line ${row.line}`;
  const email = row.get('Email').toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new RingformError(`${at}: Email "${row.get('Email')}" is not an email address`);
  if (seen.emails.has(email)) throw new RingformError(`${at}: ${email} appears twice`);
  seen.emails.add(email);
  const extension = row.get('Extension') || null;
  if (extension !== null) {
    if (!/^\d+$/.test(extension)) throw new RingformError(`${at}: Extension "${extension}" is not a number`);
    if (seen.extensions.has(extension)) throw new RingformError(`${at}: extension ${extension} appears twice`);
    seen.extensions.add(extension);
  }
  const level = row.get('Permission Level');
  return {
    email,
    name: row.get('Name') || email,
    phone: row.get('Phone') || null,
    extension,
    role: level === '' ? 'agent' : (PERMISSION_LEVELS[level.toLowerCase()] ?? level),
    panelAccess: true,
    status: yesNo(row.get('Active'), true, `${at}: Active`) ? 'active' : 'disabled',
    // Not in the export; the field is declared unsupported, so a difference is only a warning.
    receiveCalls: 'always',
    forwarding: null,
    voicemail: null,
    invite: 'auto',
    previously: [],
    ...defaultWebLogin(),
    vendor: {},
  };
}

function readExtension(row: Row, number: string, file: string): Extension {
  const at = `${file} line ${row.line}`;
  return {
    number,
    type: extensionType(row.get('Extension Type'), `${at}: Extension Type`),
    forceLogin: yesNo(row.get('Force Login'), false, `${at}: Force Login`),
    callerId: row.get('Caller ID') || null,
    device: null,
    vendor: {},
  };
}

function extensionType(value: string, where: string): ExtensionType {
  const v = value.toLowerCase().replace(/\s+/g, '');
  if (v === '' || v === 'web') return 'web';
  if (v === 'sip-tls' || v === 'siptls' || v.includes('tls')) return 'sip-tls';
  if (v === 'sip' || v.includes('(sip)')) return 'sip';
  throw new RingformError(`${where} "${value}" is not Web, SIP or SIP-TLS`);
}

function yesNo(value: string, fallback: boolean, where: string): boolean {
  const v = value.toLowerCase();
  if (v === '') return fallback;
  if (['yes', 'y', 'true', '1', 'on', 'active'].includes(v)) return true;
  if (['no', 'n', 'false', '0', 'off', 'inactive'].includes(v)) return false;
  throw new RingformError(`${where} "${value}" is not yes or no`);
}

/** A group has only a name and agents: its other fields are what org.yaml defaults to. */
function group(name: string, members: string[]): Live<Department> {
  const data: Department = {
    name,
    extension: null,
    manager: null,
    routing: 'simultaneous',
    ringTimeout: 25,
    stickyAgent: false,
    hours: null,
    failover: null,
    members: members.map((user, i) => ({ user, priority: i + 1 })),
    vendor: {},
  };
  return { id: name, data };
}
