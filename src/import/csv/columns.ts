/**
 * Which CSV column fills which user field. Three ways, in this order:
 *
 * 1. `--columns field=Header,…` names the header of some fields explicitly (fields below; other headers are
 *    still matched by name, as in 3);
 * 2. `--columns <preset>` picks a built-in mapping (PRESET_HEADERS); only its columns are read;
 * 3. otherwise each header is matched by name: case, spaces, dashes and underscores do not count, and common
 *    spreadsheet words are understood (`E-mail Address`, `First Name`, `Ext`, `Mobile`, `Department`).
 *
 * Decision (issue 19): NetSapiens' Office Manager portal has a user import template, but its column names are
 * not published anywhere we could find [NF] (docs/vendors/netsapiens.md). So no preset claims to be that
 * template. The `netsapiens` preset uses the field names of the vendor's API v2 user create instead (`user`,
 * `name-first-name`, `name-last-name`, `email`, `user-scope`: specs/netsapiens-api-v2.openapi.json,
 * POST /domains/{domain}/users), which is what NetSapiens' own tooling and scripts write; a template whose
 * headers read "First Name", "Last Name", "Extension", "Email" is read by name matching without any option.
 */
export const PERSON_FIELDS = [
  'email',
  'name',
  'firstName',
  'lastName',
  'phone',
  'extension',
  'role',
  'panelAccess',
  'status',
  'receiveCalls',
  'departments',
  'invite',
] as const;

export type PersonField = (typeof PERSON_FIELDS)[number];

/** Header words (normalised: lower case, letters and digits only) each field answers to. */
const SYNONYMS: Record<PersonField, readonly string[]> = {
  email: ['email', 'emailaddress', 'mail', 'workemail', 'login', 'loginemail'],
  name: ['name', 'fullname', 'displayname'],
  firstName: ['firstname', 'givenname', 'first', 'namefirstname'],
  lastName: ['lastname', 'surname', 'familyname', 'last', 'namelastname'],
  phone: ['phone', 'mobile', 'mobilenumber', 'phonenumber', 'cell', 'cellphone', 'directnumber'],
  extension: ['extension', 'ext', 'extensionnumber'],
  role: ['role', 'permissionlevel', 'userrole'],
  panelAccess: ['panelaccess', 'portalaccess', 'webaccess'],
  status: ['status', 'userstatus'],
  receiveCalls: ['receivecalls', 'callhours', 'schedule'],
  departments: ['departments', 'department', 'queues', 'queue', 'groups', 'group'],
  invite: ['invite', 'invitation'],
};

export interface Preset {
  description: string;
  headers: Partial<Record<PersonField, string>>;
  /** Turns a cell of the preset's vendor vocabulary into the org.yaml value (e.g. a scope into a role). */
  translate?: Partial<Record<PersonField, (value: string) => string>>;
}

/** What `--columns <name>` selects. NetSapiens' scope words become ringform roles in src/import/csv/presets.ts. */
export const PRESET_HEADERS: Record<string, Preset['headers']> = {
  netsapiens: { extension: 'user', firstName: 'name-first-name', lastName: 'name-last-name', email: 'email', role: 'user-scope' },
};

export const normaliseHeader = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The field a header answers to by name, or null. */
export function fieldOfHeader(header: string): PersonField | null {
  const word = normaliseHeader(header);
  if (word === '') return null;
  return PERSON_FIELDS.find((f) => normaliseHeader(f) === word || SYNONYMS[f].includes(word)) ?? null;
}

export type ColumnsOption = { kind: 'by-name' } | { kind: 'preset'; name: string } | { kind: 'explicit'; headers: Partial<Record<PersonField, string>> };

/** Parses `--columns`: a preset name, or `field=Header` pairs separated by commas. Throws a message on bad input. */
export function parseColumnsOption(text: string | undefined): ColumnsOption {
  if (text === undefined || text.trim() === '') return { kind: 'by-name' };
  if (!text.includes('=')) {
    const name = text.trim().toLowerCase();
    if (PRESET_HEADERS[name] === undefined) {
      throw new Error(`--columns ${text}: no such preset (presets: ${Object.keys(PRESET_HEADERS).join(', ')}); or write field=Header pairs, e.g. email=Work Email,name=Full Name`);
    }
    return { kind: 'preset', name };
  }
  const headers: Partial<Record<PersonField, string>> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim();
    const header = pair.slice(eq + 1).trim();
    if (eq < 0 || header === '') throw new Error(`--columns: "${pair.trim()}" is not field=Header`);
    const known = PERSON_FIELDS.find((f) => f.toLowerCase() === field.toLowerCase());
    if (known === undefined) throw new Error(`--columns: "${field}" is not a user field (fields: ${PERSON_FIELDS.join(', ')})`);
    headers[known] = header;
  }
  return { kind: 'explicit', headers };
}
