/** Rendered diagnostics: the text a person reads (code frame, caret, hint), the JSON a tool reads. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticsToJson, errorsFirst, formatDiagnostics } from '../../src/config/format.js';
import { loadOrg } from '../../src/config/load.js';
import { validateFiles } from '../../src/config/validate-command.js';

const fixtures = path.join(import.meta.dirname, '../fixtures');
const rel = (f: string): string => path.relative(process.cwd(), path.join(fixtures, f));

async function render(file: string, color = false): Promise<string> {
  const result = await loadOrg(file);
  return formatDiagnostics(result.diagnostics, new Map([[file, result.source]]), { color });
}

describe('formatDiagnostics', () => {
  it('prints location, severity, code, message, a code frame with a caret, and the hint', async () => {
    const file = rel('invalid/40-bad-phone.yaml');
    expect(await render(file)).toBe(
      [
        `${file}:8:12  error RF210  phone "+91 98200 11001" of Asha is not an E.164 number`,
        '   6 |     name: Asha',
        "   7 |     extension: '101'",
        ">  8 |     phone: '+91 98200 11001'",
        '     |            ^',
        '   9 |   - email: ben@acme.in',
        '  10 |     name: Ben',
        '  hint: Write it without separators: "+919820011001".',
        '',
        '',
      ].join('\n'),
    );
  });

  it('masks a secret pasted into credentials, and stops at the last line', async () => {
    const file = rel('invalid/15-credentials-secret.yaml');
    const text = await render(file);
    expect(text).not.toContain('abc123');
    expect(text).toBe(
      [
        `${file}:4:18  error RF101  unknown field "token" in provider.credentials: credentials only name where a secret comes from`,
        '  2 | provider:',
        '  3 |   type: netsapiens',
        '> 4 |   credentials: { token: ***',
        '    |                  ^',
        '  hint: Never write a secret in org.yaml. Put it in an environment variable and name it, e.g. `tokenEnv: ACME_API_TOKEN`, or use `file:`. Allowed fields: tokenEnv, usernameEnv, passwordEnv, clientIdEnv, clientSecretEnv, file.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('masks a secret written as an environment variable name', async () => {
    const text = await render(rel('invalid/36-secret-as-env-name.yaml'));
    expect(text).not.toContain('sk-live');
    expect(text).toContain('> 5 |     tokenEnv: ***\n    |               ^\n');
  });

  it('keeps tabs before the caret so it lines up, and shows the line at the end of input', async () => {
    const tab = await render(rel('invalid/03-tab-indentation.yaml'));
    expect(tab).toContain('> 3 | \ttype: sandbox\n    | ^\n');
    const eof = await render(rel('invalid/01-yaml-unclosed-quote.yaml'));
    expect(eof).toContain('> 5 |\n    | ^\n');
  });

  it('colours only when asked', async () => {
    const file = rel('invalid/40-bad-phone.yaml');
    const plain = await render(file, false);
    const coloured = await render(file, true);
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('masks a secret key that starts with a digit, and frames a 200,000-character line clipped (a key is tried per word, not per character)', () => {
    const d = { severity: 'error' as const, code: 'RF106', message: 'too long', file: 'p.csv', line: 2, column: 8 };
    expect(formatDiagnostics([{ ...d, file: 'x.yaml', line: 1, column: 1 }], new Map([['x.yaml', '2fa-token: hunter2\n']]), { color: false })).not.toContain('hunter2');
    const text = formatDiagnostics([d], new Map([['p.csv', `email,name\nb@x.in,${'A'.repeat(200_000)}\n`]]), { color: false });
    expect(text.length).toBeLessThan(1000);
    expect(text).toContain('> 2 | b@x.in,AAAA');
  });

  it('prints no frame when the source is unavailable', () => {
    const text = formatDiagnostics(
      [{ severity: 'error', code: 'RF001', message: 'x.yaml does not exist', file: 'x.yaml', line: 1, column: 1 }],
      new Map(),
      { color: false },
    );
    expect(text).toBe('x.yaml:1:1  error RF001  x.yaml does not exist\n\n');
  });
});

describe('diagnosticsToJson', () => {
  it('is a stable document with counts and positions, never source text', async () => {
    const file = rel('invalid/15-credentials-secret.yaml');
    const json = diagnosticsToJson((await loadOrg(file)).diagnostics);
    expect(json).not.toContain('abc123');
    expect(JSON.parse(json)).toEqual({
      formatVersion: 1,
      valid: false,
      errorCount: 1,
      warningCount: 0,
      diagnostics: [
        {
          severity: 'error',
          code: 'RF101',
          message: 'unknown field "token" in provider.credentials: credentials only name where a secret comes from',
          hint: expect.stringContaining('Never write a secret'),
          file,
          line: 4,
          column: 18,
          path: '/provider/credentials/token',
        },
      ],
    });
  });
});

describe('validateFiles', () => {
  it('exits 0 for valid files and says so', async () => {
    const files = [rel('valid/minimal.yaml'), 'examples/org.yaml'];
    const { exitCode, output } = await validateFiles(files, { format: 'text', color: false });
    expect(exitCode).toBe(0);
    // examples/org.yaml has one coverage gap on purpose (its comments say so).
    expect(output).toContain('warning RF322  Support: open, nobody available, Sat 18:00–21:00 Asia/Kolkata');
    expect(output.endsWith(`${files[0]}: valid\nexamples/org.yaml: valid, 1 warning\n`)).toBe(true);
  });

  it('exits 1 when any file is invalid or missing, reporting all of them', async () => {
    const files = [rel('valid/minimal.yaml'), rel('invalid/22-bad-provider-type.yaml'), 'nope/org.yaml'];
    const { exitCode, output } = await validateFiles(files, { format: 'text', color: false });
    expect(exitCode).toBe(1);
    expect(output).toContain(`${files[1]}:3:9  error RF104`);
    expect(output).toContain('nope/org.yaml:1:1  error RF001  nope/org.yaml not found\n');
    expect(output.endsWith(`${files[0]}: valid\n${files[1]}: 1 error\nnope/org.yaml: not found\n`)).toBe(true);
  });

  it('passes with warnings, printing them', async () => {
    const { exitCode, output } = await validateFiles([rel('warnings/smells.yaml')], { format: 'text', color: false });
    expect(exitCode).toBe(0);
    expect(output).toContain('warning RF301');
    expect(output).toContain('warning RF321  Sales: open, one member available (single point of failure), Mon–Sun 00:00–24:00 UTC');
    expect(output).toMatch(/smells\.yaml: valid, 2 warnings\n$/);
  });

  it('renders JSON for --format json', async () => {
    const files = [rel('invalid/22-bad-provider-type.yaml')];
    const { exitCode, output } = await validateFiles(files, { format: 'json', color: true });
    expect(exitCode).toBe(1);
    expect(JSON.parse(output)).toMatchObject({ valid: false, errorCount: 1, diagnostics: [{ code: 'RF104', line: 3, column: 9 }] });
  });

  it('never changes the file it reads', async () => {
    const file = rel('invalid/40-bad-phone.yaml');
    const before = await readFile(file, 'utf8');
    await validateFiles([file], { format: 'text', color: false });
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});

describe('errors first, when there are more diagnostics than are shown', () => {
  const at = (severity: 'error' | 'warning', line: number) => ({ severity, code: 'RF999', message: `${severity} ${line}`, file: 'org.yaml', line, column: 1 });
  it('keeps every error that fits, then warnings, in file order, and counts the rest', () => {
    const diags = [...Array.from({ length: 150 }, (_, i) => at('warning', i + 1)), at('error', 200), at('warning', 201)];
    const { shown, rest } = errorsFirst(diags, 100);
    expect(shown).toHaveLength(100);
    expect(shown.at(-1)).toEqual(at('error', 200));
    expect(shown.slice(0, 99).every((d) => d.severity === 'warning')).toBe(true);
    expect(rest).toHaveLength(52);
    expect(errorsFirst(diags.slice(0, 10), 100)).toEqual({ shown: diags.slice(0, 10), rest: [] });
  });
  it('with more errors than places, shows the first errors and no warning', () => {
    const diags = [at('warning', 1), ...Array.from({ length: 5 }, (_, i) => at('error', i + 2))];
    expect(errorsFirst(diags, 3).shown.map((d) => d.line)).toEqual([2, 3, 4]);
  });
});
