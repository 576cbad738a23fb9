/**
 * `ringform import --from-csv` of a 10,000-row sheet into an org.yaml, through the CLI as a user runs it:
 *   tsx bench/csv-import.ts [--rows 10000]
 * Writes an org.yaml with 1,000 of the people already in it (so the merge both updates and adds), and a CSV of
 * all of them with a name change for every tenth, then times the child process end to end.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function writeCsvBench(rows: number, dir: string): void {
  const person = (i: number) => ({ email: `p${i}@acme.example`, name: `Person ${i}`, extension: String(10000 + i), phone: `+9198${String(i).padStart(8, '0')}` });
  const existing = Array.from({ length: Math.min(1000, rows) }, (_, i) => person(i));
  const yaml = existing.map((p) => `  - email: ${p.email}\n    name: ${p.name}\n    extension: '${p.extension}'\n`).join('');
  writeFileSync(path.join(dir, 'org.yaml'), `version: 1\nprovider:\n  type: sandbox\n  endpoint: state.json\ndepartments:\n  - name: Sales\nusers:\n${yaml}`);
  const lines = Array.from({ length: rows }, (_, i) => {
    const p = person(i);
    return `${p.email},"${p.name}${i % 10 === 0 ? ' (renamed)' : ''}",${p.extension},${p.phone},Sales`;
  });
  writeFileSync(path.join(dir, 'people.csv'), `email,name,extension,phone,departments\n${lines.join('\n')}\n`);
}

export function csvImportRun(rows: number, dir: string, cli: string[]): { rows: number; seconds: number; summary: string } {
  writeCsvBench(rows, dir);
  const started = process.hrtime.bigint();
  execFileSync(cli[0]!, [...cli.slice(1), 'import', '--from-csv', 'people.csv', '--into', 'org.yaml'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const users = (readFileSync(path.join(dir, 'org.yaml'), 'utf8').match(/^ {2}- email: /gm) ?? []).length;
  return { rows, seconds, summary: `${users.toLocaleString('en')} users in org.yaml after the merge` };
}

if (process.argv[1]?.endsWith('csv-import.ts')) {
  const args = process.argv.slice(2);
  const rows = args.includes('--rows') ? Number(args[args.indexOf('--rows') + 1]) : 10000;
  const dir = mkdtempSync(path.join(tmpdir(), 'rf-csv-'));
  const root = process.env.RINGFORM_ROOT ?? process.cwd();
  try {
    console.log(JSON.stringify(csvImportRun(rows, dir, [path.join(root, 'node_modules/.bin/tsx'), path.join(root, 'src/cli/main.ts')])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
