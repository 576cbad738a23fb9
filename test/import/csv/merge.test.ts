/**
 * import --from-csv without I/O (src/import/csv/index.ts): what is added, updated and removed, that org.yaml is
 * edited in place (comments, quoting and flow lists elsewhere untouched), and where problems are reported.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseColumnsOption } from '../../../src/import/csv/columns.js';
import { mergeCsv, type CsvMergeInput } from '../../../src/import/csv/index.js';

const HEAD = `version: 1
provider: { type: sandbox, endpoint: state.json }
settings:
  extensionRanges: ['100-199'] # people
departments:
  - name: Sales
    extension: '150'
  - name: Support
`;

const ORG = `${HEAD}users:
  # the founder
  - email: asha@acme.in
    name: Asha Rao # as on her passport
    extension: '101'

  - email: ben@acme.in
    name: Ben
    departments: [Sales]
  - { email: chen@acme.in, name: Chen }
`;

function merge(csv: string, orgText = ORG, extra: Partial<CsvMergeInput> = {}) {
  return mergeCsv({ csvFile: 'people.csv', csvText: csv, orgFile: 'org.yaml', orgText, columns: { kind: 'by-name' }, prune: false, ...extra });
}

function merged(csv: string, orgText = ORG, extra: Partial<CsvMergeInput> = {}) {
  const result = merge(csv, orgText, extra);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  return result;
}

describe('import --from-csv: the merge', () => {
  it('adds new people at the end, updates existing ones by email (any case) and leaves everything else as written', () => {
    const result = merged('Email,Name,Ext,Department\nASHA@acme.in,Asha Rao-Iyer,,\nbeN@acme.in,,102,Sales|Support\ndev@acme.in,Dev Patel,103,Support\n');
    expect(result.merge.added.map((p) => p.email.value)).toEqual(['dev@acme.in']);
    expect(result.merge.updated.map((u) => [u.index, u.set.map(([f]) => f)])).toEqual([[0, ['name']], [1, ['extension', 'departments']]]);
    expect(result.text).toBe(`${HEAD}users:
  # the founder
  - email: asha@acme.in
    name: Asha Rao-Iyer # as on her passport
    extension: '101'

  - email: ben@acme.in
    name: Ben
    departments: [Sales, Support]
    extension: '102'
  - { email: chen@acme.in, name: Chen }
  - email: dev@acme.in
    name: Dev Patel
    extension: '103'
    departments: [Support]
`);
    expect(result.reformatted).toBe(false);
  });

  it('changes nothing when the CSV agrees with org.yaml, and never clears a field for an empty cell', () => {
    const result = merged('email,name,extension,departments\nasha@acme.in,Asha Rao,101,\nben@acme.in,,,Sales\n');
    expect(result.text).toBe(ORG);
    expect(result.merge.updated).toEqual([]);
  });

  it('adds a field to a one-line user inside its braces, and joins first and last names', () => {
    const result = merged('First Name,Last Name,E-mail Address,Mobile\nChen,Li,chen@acme.in,+91 98200-11003\n');
    expect(result.text).toContain("  - { email: chen@acme.in, name: Chen Li, phone: '+919820011003' }\n");
  });

  it('adds fields to the last user before appending new users after it (users at the end of the file)', () => {
    const org = `${HEAD}users:\n  - email: asha@acme.in\n    name: Asha`;
    const result = merged('email,name,extension\nasha@acme.in,Asha,101\nben@acme.in,Ben,102\n', org);
    expect(result.reformatted).toBe(false);
    expect(result.text).toBe(`${HEAD}users:\n  - email: asha@acme.in\n    name: Asha\n    extension: '101'\n  - email: ben@acme.in\n    name: Ben\n    extension: '102'\n`);
  });

  it('removes only with --prune, and only users the CSV does not list', () => {
    expect(merged('email\nben@acme.in\n').merge.removed).toEqual([]);
    const pruned = merged('email\nben@acme.in\n', ORG, { prune: true });
    expect(pruned.merge.removed.map((r) => r.email)).toEqual(['asha@acme.in', 'chen@acme.in']);
    expect((parse(pruned.text) as { users: { email: string }[] }).users.map((u) => u.email)).toEqual(['ben@acme.in']);
    expect(pruned.text).toContain('  extensionRanges: [\'100-199\'] # people\n');
  });

  it('writes the first user under `users: []`, a missing users key, and a users list in flow style', () => {
    const empty = merged('email,name\nasha@acme.in,Asha\n', `${HEAD}users: [] # nobody yet\n`);
    expect(empty.text).toBe(`${HEAD}users: # nobody yet\n  - email: asha@acme.in\n    name: Asha\n`);
    const missing = merged('email,name\nasha@acme.in,Asha\n', HEAD.trimEnd());
    expect(missing.text).toBe(`${HEAD}users:\n  - email: asha@acme.in\n    name: Asha\n`);
    const flow = merged('email,name\nben@acme.in,Ben\n', `${HEAD}users: [{ email: asha@acme.in, name: Asha }]\n`);
    expect(flow.text).toBe(`${HEAD}users: [{ email: asha@acme.in, name: Asha }, { email: ben@acme.in, name: Ben }]\n`);
  });

  it('re-prints the document when a layout cannot be edited in place (a pruned user in a flow list), and says so', () => {
    const result = merged('email\nben@acme.in\n', `${HEAD}users: [{ email: asha@acme.in, name: Asha }, { email: ben@acme.in, name: Ben }]\n`, { prune: true });
    expect(result.reformatted).toBe(true);
    expect((parse(result.text) as { users: unknown[] }).users).toEqual([{ email: 'ben@acme.in', name: 'Ben' }]);
    expect(result.text).toContain("extensionRanges: ['100-199'] # people");
  });

  it('matches a person by an email under `previously`, updating the other fields, never the email', () => {
    const org = `${HEAD}users:\n  - email: asha.new@acme.in\n    name: Asha\n    previously: [asha@acme.in]\n`;
    const result = merged('email,name\nasha@acme.in,Asha R\n', org);
    expect(result.text).toContain('  - email: asha.new@acme.in\n    name: Asha R\n    previously: [asha@acme.in]\n');
  });

  it('refuses names carrying terminal escapes or bidi overrides at their CSV cell (org.yaml rule RF228)', () => {
    const result = merge('email,name\nzed@acme.in,"Zed\u202e\u001b[2K"\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['people.csv:2:13 RF228']);
  });

  it('reads the netsapiens preset (API v2 user field names; scopes become roles)', () => {
    const csv = 'user,name-first-name,name-last-name,email,user-scope\n104,Dev,Patel,dev@acme.in,Office Manager\n';
    const result = merged(csv, ORG, { columns: parseColumnsOption('netsapiens') });
    expect(result.text).toContain("  - email: dev@acme.in\n    name: Dev Patel\n    extension: '104'\n    role: admin\n");
  });

  it('maps columns explicitly with --columns field=Header', () => {
    const result = merged('Work Mail,Full Name\ndev@acme.in,Dev\n', ORG, { columns: parseColumnsOption('email=Work Mail,name=Full Name') });
    expect(result.merge.added.map((p) => p.fields.name?.value)).toEqual(['Dev']);
  });
});

describe('import --from-csv: what a spreadsheet export holds', () => {
  it('skips rows of separators only and empty cells past the last column, as spreadsheets export them', () => {
    const result = merged('email,name,extension\n,,\nben@acme.in,Ben B,,,\n,,,,\n');
    expect(result.merge.updated.map((u) => u.set.map(([f, s]) => [f, s.value]))).toEqual([[['name', 'Ben B']]]);
  });

  it('reads a declared department whose name holds a separator whole, as the export writes it', () => {
    const org = `version: 1\nprovider: { type: sandbox, endpoint: s.json }\ndepartments:\n  - name: Sales, North\n  - name: R|D\n  - name: R\nusers:\n  - email: a@x.in\n    name: A\n    departments: ['Sales, North', 'R|D', R]\n`;
    expect(merged('email,departments\na@x.in,"Sales, North|R|D|R"\n', org).text).toBe(org);
    expect(merged('email,departments\na@x.in,"R; Sales, North"\n', org).merge.updated[0]!.set[0]![1].value).toEqual(['R', 'Sales, North']);
  });

  it('keeps CRLF line ends on the lines it adds to a CRLF org.yaml', () => {
    const org = `${HEAD}users:\n  - email: asha@acme.in\n    name: Asha\n`.replace(/\n/g, '\r\n');
    const result = merged('email,name,extension\nasha@acme.in,Asha,101\nben@acme.in,Ben,102\n', org);
    expect(result.reformatted).toBe(false);
    expect(result.text).toBe(`${HEAD}users:\n  - email: asha@acme.in\n    name: Asha\n    extension: '101'\n  - email: ben@acme.in\n    name: Ben\n    extension: '102'\n`.replace(/\n/g, '\r\n'));
  });
});

describe('import --from-csv: anchors and aliases in users', () => {
  it('re-prints when a changed value carried an anchor another user aliases, keeping what the alias said', () => {
    const org = `${HEAD}users:\n  - email: a@x.in\n    name: A\n    departments: &deps [Sales]\n  - email: b@x.in\n    name: B\n    departments: *deps\n`;
    const result = merged('email,departments\na@x.in,Support\n', org);
    expect(result.reformatted).toBe(true);
    expect((parse(result.text) as { users: { departments: string[] }[] }).users.map((u) => u.departments)).toEqual([['Support'], ['Sales']]);
  });

  it('refuses (no crash) to prune a user whose anchor a department aliases, at the alias', () => {
    const org = `${HEAD}users:\n  - email: &m a@x.in\n    name: A\n  - email: b@x.in\n    name: B\ndepartments:\n  - name: Sales\n    manager: *m\n`.replace(/departments:\n  - name: Sales\n    extension: '150'\n  - name: Support\n/, '');
    const result = merge('email\nb@x.in\n', org, { prune: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['org.yaml (merged):10:14 RF017']);
  });
});

describe('import --from-csv: --prune never removes what it must not', () => {
  it('refuses to prune a protected user, at the user in org.yaml', () => {
    const text = ORG.replace("  extensionRanges: ['100-199'] # people\n", "  extensionRanges: ['100-199'] # people\n  guards:\n    protectedUsers: [asha@acme.in]\n");
    const result = merge('email\nben@acme.in\nchen@acme.in\n', text, { prune: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['org.yaml:13:12 RF513']);
  });

  it('refuses to prune every user because the CSV lists nobody (a header-only export)', () => {
    const result = merge('email,name\n', ORG, { prune: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['people.csv:1:1 RF514']);
    expect(merged('email,name\n', ORG).text).toBe(ORG);
  });
});

describe('import --from-csv: problems, at people.csv:LINE:COL', () => {
  const problems = (csv: string, extra: Partial<CsvMergeInput> = {}) => {
    const result = merge(csv, ORG, extra);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
  };

  it('reports values org.yaml rules refuse at the CSV cell that brought them in, with the rule code', () => {
    const result = merge('email,name,extension,role,departments,receiveCalls\ndev@acme.in,Dev,abc,wizard,Nope,weekends\nben@acme.in,,101,,,\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'people.csv:2:17 RF105',
      'people.csv:2:21 RF217',
      'people.csv:2:28 RF213',
      'people.csv:2:33 RF216',
      'people.csv:3:14 RF204',
    ]);
    expect(result.diagnostics[2]!.hint).toContain('Known departments: Sales, Support');
  });

  it('reports CSV problems: bad emails, phones and yes/no cells, duplicates, a person new to org.yaml without a name', () => {
    const csv = 'email,name,phone,panelAccess\nnot-an-email,X,,\ndev@acme.in,Dev,98200,\nzed@acme.in,Zed,,maybe\nok@acme.in,Ok,,\nOK@acme.in,Ok,,\nnew@acme.in,,,\n';
    expect(problems(csv)).toEqual(['people.csv:2:1 RF508', 'people.csv:3:17 RF508', 'people.csv:4:18 RF508', 'people.csv:6:1 RF509', 'people.csv:7:1 RF511']);
  });

  it('reports a missing email column, too many cells, and --columns naming a header the file lacks', () => {
    expect(problems('name,extension\nDev,104\n')).toEqual(['people.csv:1:1 RF505']);
    expect(problems('email,name\ndev@acme.in,Dev,104\n')).toEqual(['people.csv:2:17 RF504']);
    expect(problems('contact,name\ndev@acme.in,Dev\n', { columns: parseColumnsOption('email=Work Mail') })).toEqual(['people.csv:1:1 RF512', 'people.csv:1:1 RF505']);
  });

  it('reports a row naming, by an earlier email under `previously`, a user another row names (RF509 at the CSV)', () => {
    const org = `${HEAD}users:\n  - email: asha.new@acme.in\n    name: Asha\n    previously: [asha@acme.in]\n`;
    const result = merge('email,name\nasha.new@acme.in,Asha\nasha@acme.in,Asha Old\n', org);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['people.csv:3:1 RF509']);
  });

  it('refuses to merge into an org.yaml that is already invalid, naming its own problems', () => {
    const result = mergeCsv({ csvFile: 'people.csv', csvText: 'email\na@acme.in\n', orgFile: 'org.yaml', orgText: `${HEAD}users:\n  - email: x\n`, columns: { kind: 'by-name' }, prune: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(new Set(result.diagnostics.map((d) => d.file))).toEqual(new Set(['org.yaml']));
  });
});
