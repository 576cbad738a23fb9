/**
 * `ringform import --from-csv` and `ringform export --csv` through the real CLI (a child process): a round
 * trip on the example org changes nothing, a spreadsheet's edits land in org.yaml (or only as a diff with
 * --dry-run), problems leave org.yaml byte for byte as it was, and a 10,000-row sheet merges whole.
 */
import { chmod, copyFile, lstat, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diffLines } from 'diff';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { readCsv } from '../../src/csv/read.js';
import { ringform } from '../reliability/cli.js';
import { tmpDir } from '../helpers/tmp.js';

async function run(...args: string[]) {
  const child = ringform(args, {});
  const { code } = await child.exited;
  return { code, out: child.stdout(), err: child.stderr() };
}

async function exampleOrg(): Promise<string> {
  const dir = await tmpDir();
  await copyFile(path.join(PACKAGE_ROOT, 'examples/org.yaml'), path.join(dir, 'org.yaml'));
  return dir;
}

describe('export --csv and import --from-csv', () => {
  it('round-trips the example org: export, then import into the same org.yaml, changes nothing', async () => {
    const dir = await exampleOrg();
    const org = path.join(dir, 'org.yaml');
    const before = await readFile(org, 'utf8');
    const exported = await run('export', '--csv', org, '--out', path.join(dir, 'people.csv'));
    expect(exported.code).toBe(0);
    expect(exported.err).toBe('Exported 12 users to ' + path.join(dir, 'people.csv') + '.\n');
    const csv = await readFile(path.join(dir, 'people.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('email,name,phone,extension,role,panelAccess,status,receiveCalls,departments,invite');
    expect(csv).toContain("anita.rao@acme-support.in,Anita Rao,'+919820011001,101,owner,,,never,,\r\n");
    const merged = await run('import', '--from-csv', path.join(dir, 'people.csv'), '--into', org);
    expect(merged.code).toBe(0);
    expect(merged.err).toContain('already agrees with');
    expect(await readFile(org, 'utf8')).toBe(before);
  });

  it('writes a spreadsheet edit into org.yaml (only the changed lines), or only shows it with --dry-run', async () => {
    const dir = await exampleOrg();
    const org = path.join(dir, 'org.yaml');
    const before = await readFile(org, 'utf8');
    const sheet = path.join(dir, 'om.csv');
    await writeFile(sheet, '\uFEFFFirst Name;Last Name;E-mail Address;Ext;Department\r\nPriya;Sharma-Iyer;priya.sharma@acme-support.in;;Sales|Support\r\nNew;Person;new.person@acme-support.in;140;Billing\r\n');
    const dry = await run('import', '--from-csv', sheet, '--into', org, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('-    name: Priya Sharma\n+    name: Priya Sharma-Iyer\n');
    expect(dry.out).toContain("+  - email: new.person@acme-support.in\n+    name: New Person\n+    extension: '140'\n+    departments: [Billing]\n");
    expect(dry.err).toContain('1 user added, 1 user updated (2 fields), 0 users removed; (dry run: ');
    expect(await readFile(org, 'utf8')).toBe(before);

    const wet = await run('import', '--from-csv', sheet, '--into', org);
    expect(wet.code).toBe(0);
    const after = await readFile(org, 'utf8');
    const parts = diffLines(before, after);
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['    name: Priya Sharma\n']);
    const changed = parts.filter((p) => p.added).flatMap((p) => p.value.split('\n').filter(Boolean));
    expect(changed).toEqual(['    name: Priya Sharma-Iyer', '    departments: [Sales, Support]', '  - email: new.person@acme-support.in', '    name: New Person', "    extension: '140'", '    departments: [Billing]']);
    expect((await run('validate', org)).code).toBe(0);
  });

  it('refuses a sheet with problems, prints them at people.csv:LINE:COL, and leaves org.yaml untouched', async () => {
    const dir = await exampleOrg();
    const org = path.join(dir, 'org.yaml');
    const before = await readFile(org, 'utf8');
    await writeFile(path.join(dir, 'people.csv'), 'email,name,departments\nnew@acme-support.in,New,Nope\n');
    const result = await run('import', '--from-csv', path.join(dir, 'people.csv'), '--into', org);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${path.join(dir, 'people.csv')}:2:25  error RF213`);
    expect(result.err).toContain('nothing written');
    expect(await readFile(org, 'utf8')).toBe(before);
  });

  it('writes through a symlinked org.yaml to its target, and refuses a read-only org.yaml, writing nothing', async () => {
    const dir = await exampleOrg();
    const real = path.join(dir, 'org.yaml');
    const link = path.join(dir, 'link.yaml');
    await symlink('org.yaml', link);
    await writeFile(path.join(dir, 'people.csv'), 'email,name,departments\nnew@acme-support.in,New,Support\n');
    const linked = await run('import', '--from-csv', path.join(dir, 'people.csv'), '--into', link);
    expect(linked.code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toContain('new@acme-support.in');
    expect((await readdir(dir)).sort()).toEqual(['link.yaml', 'org.yaml', 'people.csv']);

    await writeFile(path.join(dir, 'people.csv'), 'email,name,departments\nother@acme-support.in,Other,Support\n');
    await chmod(real, 0o444);
    const before = await readFile(real, 'utf8');
    const readOnly = await run('import', '--from-csv', path.join(dir, 'people.csv'), '--into', real);
    expect(readOnly.code).toBe(1);
    expect(readOnly.err).toContain('is read-only; nothing written');
    expect(await readFile(real, 'utf8')).toBe(before);
    expect((await stat(real)).mode & 0o777).toBe(0o444);
  });

  it('reads Windows-1252 and UTF-16 sheets when --encoding names them: é stays é', async () => {
    for (const [encoding, bytes] of [
      ['windows-1252', Buffer.from('email,name\nrene@acme-support.in,Ren\xe9 \x80uro\n', 'latin1')],
      ['utf-16', Buffer.from('\uFEFFemail\tname\nrene@acme-support.in\tRen\u00e9 \u20acuro\n', 'utf16le')],
    ] as const) {
      const dir = await exampleOrg();
      const org = path.join(dir, 'org.yaml');
      const csv = path.join(dir, 'people.csv');
      await writeFile(csv, bytes);
      const result = await run('import', '--from-csv', csv, '--into', org, '--encoding', encoding);
      expect(result.err).toContain('1 user added');
      expect(result.code).toBe(0);
      const users = (parse(await readFile(org, 'utf8')) as { users: { email: string; name: string }[] }).users;
      expect(users.find((u) => u.email === 'rene@acme-support.in')?.name).toBe('Ren\u00e9 \u20acuro');
    }
  });

  it('refuses UTF-16 and Windows-1252 sheets (at the first byte that is not UTF-8), and an export --out onto org.yaml itself', async () => {
    const dir = await exampleOrg();
    const org = path.join(dir, 'org.yaml');
    const before = await readFile(org, 'utf8');
    const csv = path.join(dir, 'people.csv');
    await writeFile(csv, Buffer.from('\uFEFFemail,name\n', 'utf16le'));
    expect((await run('import', '--from-csv', csv, '--into', org)).err).toBe(
      `Error: --from-csv ${csv}: UTF-16 text (Excel's "Unicode Text"), not UTF-8; add --encoding utf-16, or in the spreadsheet save as "CSV UTF-8"\n`,
    );
    await writeFile(csv, Buffer.from('email,name\nrene@acme-support.in,Ren\xe9\n', 'latin1'));
    expect((await run('import', '--from-csv', csv, '--into', org)).err).toBe(
      `Error: ${csv}:2:25: not UTF-8 text (Windows-1252 or another legacy encoding?); add --encoding windows-1252, or in the spreadsheet save as "CSV UTF-8"\n`,
    );
    expect((await run('import', '--from-csv', csv, '--into', org, '--encoding', 'ebcdic')).err).toBe('Error: --encoding ebcdic: use utf-8, windows-1252, utf-16\n');
    await writeFile(csv, 'email,name\nrene@acme-support.in,Ren\u00e9\n');
    expect((await run('import', '--from-csv', csv, '--into', org, '--encoding', 'windows-1252')).err).toContain('the file is UTF-8 text, not Windows-1252');
    expect(await readFile(org, 'utf8')).toBe(before);
    const onto = await run('export', '--csv', org, '--out', org);
    expect(onto.code).toBe(1);
    expect(onto.err).toContain('is the org.yaml being exported; nothing written');
    expect(await readFile(org, 'utf8')).toBe(before);
  });

  it('says what import needs when neither --provider nor --from-csv is given', async () => {
    const result = await run('import');
    expect(result.code).toBe(1);
    expect(result.err).toBe('Error: import needs --provider <type> (read a live organisation) or --from-csv <file> (merge a spreadsheet)\n');
    expect((await run('import', '--provider', 'sandbox', '--from-csv', 'p.csv')).err).toBe('Error: import reads either a vendor (--provider) or a spreadsheet (--from-csv), not both\n');
    expect((await run('import', '--provider', 'sandbox', '--dry-run')).err).toBe('Error: --dry-run goes with --from-csv\n');
  });

  it('merges a 10,000-row sheet into an empty org, and exports the same 10,000 people back', async () => {
    const dir = await tmpDir();
    const org = path.join(dir, 'org.yaml');
    await writeFile(org, 'version: 1\nprovider:\n  type: sandbox\n  endpoint: state.json\ndepartments:\n  - name: Sales\n');
    const rows = Array.from({ length: 10_000 }, (_, i) => `p${i}@acme.in,"Person ${i}, Jr",${10000 + i},+9198${String(i).padStart(8, '0')},Sales`);
    await writeFile(path.join(dir, 'people.csv'), `email,name,extension,phone,departments\n${rows.join('\n')}\n`);
    const merged = await run('import', '--from-csv', path.join(dir, 'people.csv'), '--into', org);
    expect(merged.err).toContain('10000 users added');
    expect(merged.code).toBe(0);
    const users = (parse(await readFile(org, 'utf8')) as { users: { email: string; name: string; phone: string }[] }).users;
    expect(users).toHaveLength(10_000);
    expect(users[9_999]).toEqual({ email: 'p9999@acme.in', name: 'Person 9999, Jr', extension: '19999', phone: '+919800009999', departments: ['Sales'] });
    const exported = await run('export', '--csv', org);
    expect(readCsv(exported.out).rows).toHaveLength(10_001);
  }, 180_000);
});
