/**
 * Hostile org.yaml files, generated here in many variants rather than one per case: whatever the input,
 * `validate` ends with diagnostics that have a position, a code and a hint, never an exception, and its
 * work and output stay bounded (asserted as node counts and bytes, never as time).
 */
import { describe, expect, it } from 'vitest';
import { aliasProblem, MAX_ALIAS_NODES } from '../../src/config/aliases.js';
import { excessiveNesting, MAX_DEPTH } from '../../src/config/depth.js';
import { codeFrame, diagnosticsToJson, formatDiagnostics, FRAME_WIDTH, MAX_SHOWN } from '../../src/config/format.js';
import { loadOrg, type LoadResult } from '../../src/config/load.js';
import { wideEncoding } from '../../src/config/read.js';
import { nameProblem } from '../../src/config/rules/names.js';
import { isTimezone } from '../../src/config/rules/timezones.js';
import { validateFiles } from '../../src/config/validate-command.js';
import { parseDocument } from 'yaml';
import pc from 'picocolors';
import { writeTmp } from './tmp.js';

const HEAD = 'version: 1\nprovider:\n  type: sandbox\n';

async function load(text: string | Uint8Array, name = 'org.yaml'): Promise<LoadResult> {
  return loadOrg(await writeTmp(name, text));
}

/** Every diagnostic is complete: a code, a position inside the file, a message and a hint. */
function wellFormed(result: LoadResult): void {
  const lines = result.source.split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.code).toMatch(/^RF\d{3}$/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(Math.max(1, lines));
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toBe('');
    expect(d.hint).toBeTruthy();
  }
}

const codes = (r: LoadResult): string[] => r.diagnostics.map((d) => d.code);

describe('aliases are counted in the nodes they produce', () => {
  const list = (n: number): string => Array.from({ length: n }, (_, i) => `      - u${i}@acme.in\n`).join('');
  const repeated = (items: number, aliases: number): string =>
    `${HEAD}departments:\n  - name: d0\n    members: &l\n${list(items)}` +
    Array.from({ length: aliases }, (_, i) => `  - {name: d${i + 1}, members: *l}\n`).join('');

  it('90 aliases of a 2,000-item list (16 KB): RF013 at the first alias, before the schema sees 180,000 values', async () => {
    const text = repeated(2000, 90);
    const result = await load(text);
    expect(result.diagnostics).toMatchObject([{ code: 'RF013', line: 2007, column: 25 }]);
    expect(result.diagnostics[0]!.message).toMatch(/180,000 nodes/);
  });

  it.each([
    [10, 5], [100, 50], [1000, 9], [1000, 12], [500, 30], [2000, 5], [3000, 90],
  ])('%i items × %i aliases: refused exactly when they add more than the file writes + 10,000', async (items, aliases) => {
    const doc = parseDocument(repeated(items, aliases));
    const problem = aliasProblem(doc);
    const produced = items * aliases;
    const result = await load(repeated(items, aliases));
    if (produced > MAX_ALIAS_NODES + items) {
      expect(problem).toMatchObject({ kind: 'budget' });
      expect(codes(result)).toEqual(['RF013']);
    } else {
      expect(problem).toBeUndefined();
      expect(codes(result)).not.toContain('RF013');
    }
    wellFormed(result);
  });

  it('billion laughs of any width and depth: counted without expanding (produced nodes saturate, not the heap)', () => {
    for (const width of [2, 5, 10]) {
      for (const depth of [3, 10, 30]) {
        let text = `a0: &a0 [${Array(width).fill('x').join(', ')}]\n`;
        for (let d = 1; d <= depth; d++) text += `a${d}: &a${d} [${Array(width).fill(`*a${d - 1}`).join(', ')}]\n`;
        const problem = aliasProblem(parseDocument(text));
        const expanded = width ** (depth + 1);
        if (expanded > MAX_ALIAS_NODES * 2) expect(problem, `${width}^${depth}`).toMatchObject({ kind: 'budget', offset: text.indexOf('*a0') });
      }
    }
  });

  it('an alias of an anchor never defined, or defined after it: RF017 naming it, not an alias bomb', async () => {
    for (const [body, line, column] of [
      ['users: *nope\n', 4, 8],
      ['users:\n  - email: a@acme.in\n    name: A\n    departments: *d\ndepartments: &d []\n', 7, 18],
      ['settings:\n  timezone: *tz\n', 5, 13],
    ] as const) {
      const result = await load(HEAD + body);
      expect(result.diagnostics).toMatchObject([{ code: 'RF017', line, column }]);
      expect(result.diagnostics[0]!.message).toMatch(/names no anchor/);
      expect(result.diagnostics[0]!.message).not.toMatch(/expand/);
    }
  });

  it('an alias inside its own anchor is a cycle: RF017', async () => {
    for (const body of ['settings: &s\n  ignore: *s\n', 'roles:\n  - &r\n    name: x\n    base: agent\n    vendor: {netsapiens: {r: *r}}\n']) {
      const result = await load(HEAD + body);
      expect(codes(result)).toEqual(['RF017']);
      expect(result.diagnostics[0]!.message).toMatch(/repeat forever/);
    }
  });
});

describe('nesting depth is limited before the parser recurses', () => {
  it.each([65, 100, 1_000, 20_000, 200_000])('%i levels of flow brackets: RF019, no stack overflow text', async (n) => {
    for (const [open, close] of [['[', ']'], ['{a: ', '}']] as const) {
      const result = await load(`${HEAD}x: ${open.repeat(n)}${close.repeat(n)}\n`);
      expect(codes(result)).toEqual(['RF019']);
      expect(result.diagnostics[0]!.line).toBe(4);
      expect(JSON.stringify(result.diagnostics)).not.toMatch(/call stack|RangeError/i);
    }
  });

  it('deep block mappings and compact sequences: RF019 at the line that goes too deep', async () => {
    const block = Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('');
    expect(await load(block)).toMatchObject({ diagnostics: [{ code: 'RF019', line: MAX_DEPTH + 1 }] });
    const dashes = `${HEAD}x:\n  ${'- '.repeat(100)}x\n`;
    expect(codes(await load(dashes))).toEqual(['RF019']);
  });

  it('counts only real structure: brackets in quotes, comments and block scalars are not levels', () => {
    const deep = '['.repeat(100);
    for (const text of [
      `a: "${deep}"\n`,
      `a: '${deep}'\n`,
      `a: x # ${deep}\n`,
      `a: |\n  ${deep}\n  ${deep}\nb: 1\n`,
      `a: >-\n    ${deep}\n`,
      `a: it's ${deep}\n`.replace(`${deep}`, 'x[1]'),
      `a: [1, 2]\nb: {c: [3]}\n`,
    ]) {
      expect(excessiveNesting(text), text).toBeUndefined();
    }
    expect(excessiveNesting(`a: ${'['.repeat(MAX_DEPTH)}`)).toBeDefined();
    expect(excessiveNesting(`a: ${'['.repeat(MAX_DEPTH - 1)}`)).toBeUndefined();
  });

  it('every valid fixture nests well under the limit', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    const dir = path.join(import.meta.dirname, '../fixtures/valid');
    for (const f of (await readdir(dir)).filter((f) => f.endsWith('.yaml'))) {
      expect(excessiveNesting(await readFile(path.join(dir, f), 'utf8'), 12), f).toBeUndefined();
    }
  });
});

describe('output is bounded however many errors a file holds', () => {
  it('150,000 schema errors: no RangeError; 100 shown, then "and N more"; output under 64 KB', async () => {
    const file = await writeTmp('many.yaml', `${HEAD}users:\n${'  - 1\n'.repeat(150_000)}`);
    const { exitCode, output } = await validateFiles([file], { format: 'text', color: false });
    expect(exitCode).toBe(1);
    expect(output).toMatch(/… and 149,900 more \(149,900 errors\) not shown/);
    expect(output.match(/ error RF103 /g)).toHaveLength(MAX_SHOWN);
    expect(Buffer.byteLength(output)).toBeLessThan(64 * 1024);
    const json = await validateFiles([file], { format: 'json', color: false });
    const doc = JSON.parse(json.output) as { errorCount: number; diagnostics: unknown[]; omitted: number };
    expect(doc.errorCount).toBe(150_000);
    expect(doc.diagnostics).toHaveLength(1000);
    expect(doc.omitted).toBe(149_000);
  }, 300_000);

  it('code frames are clipped to a window around the column, on every line of the frame', async () => {
    for (const width of [200, 11_000, 60_000]) {
      const keys = Array.from({ length: Math.ceil(width / 8) }, (_, i) => `k${i}: 1`).join(', ');
      const file = await writeTmp('long.yaml', `${HEAD}users:\n  - {${keys}}\n  - {${keys}}\n`);
      const result = await loadOrg(file);
      const text = formatDiagnostics(result.diagnostics, new Map([[file, result.source]]), { color: false });
      for (const line of text.split('\n')) expect(line.length, line.slice(0, 80)).toBeLessThanOrEqual(FRAME_WIDTH + 40 + file.length + 200);
      const shown = Math.min(result.diagnostics.length, MAX_SHOWN);
      expect(Buffer.byteLength(text)).toBeLessThan(shown * 8 * (FRAME_WIDTH + 200) + 4096);
    }
  }, 300_000);

  it('the caret stays under the column when the line is clipped', () => {
    const c = pc.createColors(false);
    for (const column of [1, 50, 89, 91, 150, 5_000, 9_999]) {
      const line = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
      const frame = codeFrame(`a\n${line}\nb\n`, { severity: 'error', code: 'RF101', message: 'm', file: 'f', line: 2, column }, (s) => s, c);
      const [, pointed, caret] = frame.split('\n');
      const at = caret!.indexOf('^');
      expect(pointed![at], `column ${column}`).toBe(line[column - 1]);
      expect(pointed!.length).toBeLessThanOrEqual(FRAME_WIDTH + 12);
    }
  });

  it('50,000 errors in a 339 KB-class file render in bounded output (was 4.3 GB)', async () => {
    const row = `  - {${Array.from({ length: 5 }, (_, i) => `bad${i}: 1`).join(', ')}, email: x, name: y}\n`;
    const file = await writeTmp('wide.yaml', `${HEAD}users:\n${row.repeat(10_000)}`);
    const { output } = await validateFiles([file], { format: 'text', color: false });
    expect(output).toMatch(/… and [\d,]+ more/);
    expect(Buffer.byteLength(output)).toBeLessThan(128 * 1024);
  }, 300_000);
});

describe('encodings and line ends', () => {
  const body = `${HEAD}users:\n  - email: asha@acme.in\n    name: Asha\n`;
  it.each(['utf16le', 'utf16be', 'utf16le-bom', 'utf16be-bom', 'utf32le', 'utf32be'])('%s: RF003 at 1:1 naming the encoding', async (enc) => {
    const le = Buffer.from(body, 'utf16le');
    const bytes: Record<string, Buffer> = {
      utf16le: le,
      utf16be: Buffer.from(le).swap16(),
      'utf16le-bom': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      'utf16be-bom': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]),
      utf32le: Buffer.from([...body].flatMap((ch) => [ch.charCodeAt(0), 0, 0, 0])),
      utf32be: Buffer.from([...body].flatMap((ch) => [0, 0, 0, ch.charCodeAt(0)])),
    };
    const result = await load(bytes[enc]!);
    expect(result.diagnostics).toMatchObject([{ code: 'RF003', line: 1, column: 1 }]);
    expect(result.diagnostics[0]!.message).toMatch(new RegExp(`saved as UTF-${enc.slice(3, 5)}`));
    expect(result.diagnostics[0]!.hint).toMatch(/UTF-8/);
  });

  it('UTF-8 text is never taken for UTF-16 (non-Latin names, a UTF-8 BOM)', () => {
    for (const text of ['version: 1\n', 'यूज़र: नाम\n', '\ufeffversion: 1\n', '名前: 山田\n']) expect(wideEncoding(Buffer.from(text))).toBeUndefined();
  });

  it('CR-only, CRLF and LF line ends read the same, with the same positions', async () => {
    const text = `${body}    extenson: "101"\n`;
    for (const eol of ['\n', '\r\n', '\r']) {
      const result = await load(text.replace(/\n/g, eol));
      expect(result.diagnostics, JSON.stringify(eol)).toMatchObject([{ code: 'RF101', line: 7, column: 5 }]);
    }
    expect((await load(body.replace(/\n/g, '\r'))).ok).toBe(true);
  });
});

describe('YAML 1.1 leftovers', () => {
  it.each(['1.1', '1.0', '1.3', '2.0'])('%%YAML %s: RF018 at 1:1, even where 1.1 typing would turn 1:30 into 90', async (v) => {
    const result = await load(`%YAML ${v}\n---\n${HEAD}settings:\n  guards:\n    maxDeletes: 1:30\n`);
    expect(result.diagnostics).toMatchObject([{ code: 'RF018', line: 1, column: 1 }]);
  });

  it('%YAML 1.2 is accepted', async () => {
    expect((await load(`%YAML 1.2\n---\n${HEAD}`)).ok).toBe(true);
  });

  it.each(['binary aGVsbG8=', 'set {a, b}', 'omap [a: 1]', 'pairs [a: 1]', 'timestamp 2026-01-01'])('!!%s: RF015 at the tag', async (tagged) => {
    const result = await load(`${HEAD}users:\n  - email: asha@acme.in\n    name: !!${tagged}\n`);
    expect(result.diagnostics).toMatchObject([{ code: 'RF015', line: 6, column: 11 }]);
  });

  it('!!str (core schema) stays allowed', async () => {
    expect((await load(`${HEAD}users:\n  - email: asha@acme.in\n    name: !!str 0101\n    receiveCalls: never\n`)).ok).toBe(true);
  });

  it.each(['.nan', '.NaN', '.NAN', '.inf', '-.inf', '+.inf', '.Inf', '-.INF'])('%s: one RF103 naming what YAML made of it', async (value) => {
    for (const [field, line, column] of [
      ['settings:\n  guards:\n    maxDeletePercent: ', 6, 23],
      ['settings:\n  guards:\n    maxDeletes: ', 6, 17],
      ['departments:\n  - name: Sales\n    ringTimeout: ', 6, 18],
    ] as const) {
      const result = await load(`${HEAD}${field}${value}\n`);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toMatchObject([{ code: 'RF103', line, column }]);
      expect(result.diagnostics[0]!.message).toContain(value);
    }
  });
});

describe('names people read are inert, visible text', () => {
  const unsafe: Array<[string, string]> = [
    ['ESC', 'A\u001b[2KB'], ['CR', 'Asha\rFake'], ['LF', 'A\nB'], ['tab', 'A\tB'], ['NUL', 'A\u0000'], ['DEL', 'A\u007f'],
    ['C1 CSI', 'A\u009b2K'], ['RLO', 'A\u202eB'], ['LRO', 'A\u202dB'], ['RLE', '\u202bA'], ['PDF', 'A\u202c'],
    ['RLI', 'A\u2067B\u2069'], ['FSI', '\u2068A'], ['ALM', 'A\u061c'], ['RLM', 'A\u200f'], ['lone high surrogate', 'A\ud800'],
    ['lone low surrogate', '\udc00A'], ['blank', '   '], ['empty', ''], ['ZWSP', '\u200b'], ['ZWJ + ZWNJ', '\u200d\u200c'],
    ['word joiner', '\u2060'], ['BOM', '\ufeff'], ['hangul filler', '\u3164'], ['soft hyphen', '\u00ad'], ['NBSP only', '\u00a0\u00a0'],
    ['ideographic space', '\u3000'],
  ];
  const safe = ['Asha Rao', 'José Núñez', 'Zoë', 'मीरा', '山田 太郎', 'محمد', 'O’Brien', 'Anne-Marie', '👩‍💻 Dev', 'X Æ A-12'];

  it.each(unsafe)('%s is refused by the rule', (_what, name) => {
    expect(nameProblem(name)).toBeDefined();
  });

  it.each(safe)('%s is accepted', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  const escape = (s: string): string => [...s].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const places: Array<[string, (n: string) => string, number, number]> = [
    ['user name', (n) => `users:\n  - email: asha@acme.in\n    receiveCalls: never\n    name: "${n}"\n`, 7, 11],
    ['department name', (n) => `users:\n  - {email: asha@acme.in, name: A, receiveCalls: never}\ndepartments:\n  - name: "${n}"\n    members: [asha@acme.in]\n`, 7, 11],
    ['holiday name', (n) => `schedules:\n  - name: office\n    holidays:\n      - date: 2026-12-25\n        name: "${n}"\n`, 8, 15],
    ['role description', (n) => `roles:\n  - name: lead\n    base: agent\n    description: "${n}x"\n`, 7, 18],
  ];

  it('every unsafe name in every place: RF228 at the name, message escaped (no raw control in it)', async () => {
    let tried = 0;
    for (const [where, make, line, column] of places) {
      for (const [what, name] of unsafe) {
        if (where === 'role description' && name.trim() === '' && !/[\u200b-\u200d\u2060\ufeff\u3164\u00ad]/.test(name)) continue;
        if (where === 'role description' && /^[\u200b-\u200d\u2060\ufeff\u3164\u00ad\u3000\u00a0]+$/.test(name)) continue;
        if (name === '' && where !== 'role description') {
          // An empty name is the schema's minLength (RF106) where the schema has one; RF228 otherwise.
          const r = await load(HEAD + make(escape(name)));
          expect(r.ok, `${where}: ${what}`).toBe(false);
          continue;
        }
        const result = await load(HEAD + make(escape(name)));
        tried++;
        expect(result.diagnostics.map(({ code, line, column }) => ({ code, line, column })), `${where}: ${what}`).toContainEqual({ code: 'RF228', line, column });
        const d = result.diagnostics.find((x) => x.code === 'RF228')!;
        expect(d.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }
    }
    expect(tried).toBeGreaterThan(90);
  });
});

describe('time zones: IANA names only', () => {
  it.each(['IST', 'BST', 'PST', 'CST', 'AEST', 'JST', 'asia/kolkata', 'ASIA/KOLKATA', 'SystemV/AST4', 'Mars/Olympus', 'GMT+5', 'UTC+05:30', '+05:30'])('%s is refused', (tz) => {
    expect(isTimezone(tz)).toBe(false);
  });

  it.each(['UTC', 'Asia/Kolkata', 'Asia/Calcutta', 'Europe/London', 'Europe/Kiev', 'US/Eastern', 'Etc/GMT+5', 'EST', 'GMT', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince'])('%s is accepted', (tz) => {
    expect(isTimezone(tz)).toBe(true);
  });

  it('every canonical zone the runtime lists is accepted', () => {
    for (const tz of Intl.supportedValuesOf('timeZone')) expect(isTimezone(tz), tz).toBe(true);
  });

  it('IST is refused with the IANA name meant', async () => {
    const result = await load(`${HEAD}settings:\n  timezone: IST\n`);
    expect(result.diagnostics).toMatchObject([{ code: 'RF220', line: 5, column: 13 }]);
    expect(result.diagnostics[0]!.hint).toMatch(/Asia\/Kolkata/);
  });
});

describe('provider.endpoint', () => {
  const withEndpoint = (type: string, endpoint: string): string =>
    `version: 1\nprovider:\n  type: ${type}\n  endpoint: "${endpoint}"\n  credentials: { tokenEnv: TOKEN }\n`;

  it.each([
    ['pbx.example.com/ns-api/v2', /no scheme/], ['//pbx.example.com', /no scheme/], ['file:///etc/passwd', /file:/], ['ftp://pbx.example.com', /ftp:/],
    ['javascript:alert(1)', /javascript:/], ['https://', /not a URL|no host/], ['https://user:pw@pbx.example.com', /user name or password/],
    ['ws://pbx.example.com', /ws:/], ['localhost:8080', /uses localhost:|no scheme/],
    ['https://pbx.example.com/ns-api/v2?token=QLEAK77', /query or fragment/], ['https://pbx.example.com/v2#frag', /query or fragment/],
  ])('%s: RF229 at the endpoint', async (endpoint, says) => {
    for (const type of ['netsapiens', 'smartflo', 'myoperator', 'squaretalk']) {
      const result = await load(withEndpoint(type, endpoint));
      expect(result.diagnostics.map(({ code, line, column }) => ({ code, line, column })), `${type} ${endpoint}`).toContainEqual({ code: 'RF229', line: 4, column: 13 });
      expect(result.diagnostics.find((d) => d.code === 'RF229')!.message).toMatch(says);
    }
  });

  it('an endpoint holding a credential is never repeated: not in the message, not in the code frame', async () => {
    for (const endpoint of ['http://admin:PWLEAK99@127.0.0.1:18999/ns-api/v2', 'https://pbx.example.com/ns-api/v2?token=QLEAK77']) {
      const file = await writeTmp('org.yaml', withEndpoint('netsapiens', endpoint));
      const result = await loadOrg(file);
      const d = result.diagnostics.find((x) => x.code === 'RF229')!;
      const printed = formatDiagnostics(result.diagnostics, new Map([[file, result.source]]), { color: false });
      expect(d.message + printed).not.toMatch(/PWLEAK99|QLEAK77/);
      expect(printed).toContain('RF229');
    }
  });

  it('http off loopback is a warning (plan refuses it unless --insecure-http); loopback and https are clean', async () => {
    expect(codes(await load(withEndpoint('netsapiens', 'http://pbx.example.com/ns-api/v2')))).toEqual(['RF306']);
    for (const ok of ['https://pbx.example.com/ns-api/v2', 'http://127.0.0.1:8080/ns-api/v2', 'http://localhost:9000', 'http://[::1]:8080']) {
      expect(codes(await load(withEndpoint('netsapiens', ok))), ok).toEqual([]);
    }
    expect(codes(await load(`version: 1\nprovider:\n  type: sandbox\n  endpoint: state/sandbox.json\n`))).toEqual([]);
  });
});

describe('every problem at once: rules run on the parts that passed the schema', () => {
  it('schema errors and rule errors together, in file order, at their own positions', async () => {
    const result = await load(
      `${HEAD}users:\n` +
        '  - {email: asha@acme.in, name: Asha, extension: 101, departments: [Sales]}\n' + // 5: RF103
        '  - {email: ravi@acme.in, name: Ravi, extension: "102", departments: [Sales], phone: "+91 98"}\n' + // 6: RF210
        '  - {email: meera@acme.in, name: Meera, phne: "+919876543211", departments: [Sales]}\n' + // 7: RF101
        '  - {email: not-an-email, name: Kiran, departments: [Sales]}\n' + // 8: RF105
        'departments:\n' +
        '  - {name: Sales, extension: "102", routing: random, members: [ravi@acme.in, not-an-email]}\n', // 10: RF204, RF104, RF105
    );
    expect(result.diagnostics.map(({ code, line }) => `${line} ${code}`)).toEqual(['5 RF103', '6 RF210', '7 RF101', '8 RF105', '10 RF204', '10 RF104', '10 RF105']);
  });

  it('an entry taken out for a schema error is not reported again as "not declared"', async () => {
    const result = await load(
      `${HEAD}users:\n  - {email: asha@acme.in, name: Asha, extension: 1, departments: [Sales]}\n  - {email: ravi@acme.in}\n` +
        'departments:\n  - {name: Sales, members: [ravi@acme.in], manager: ravi@acme.in, ringTimeout: 1}\n' +
        'roles:\n  - {name: Lead, base: agent}\n',
    );
    // users[0].extension (RF103), users[1] without name (RF102), ringTimeout (RF106), role name (RF105); no
    // "unknown member/manager ravi", no "unknown department Sales" for Asha, no RF302/RF301 warnings.
    expect(codes(result)).toEqual(['RF103', 'RF102', 'RF106', 'RF105']);
  });

  it('positions stay right when earlier list items are taken out', async () => {
    const result = await load(
      `${HEAD}users:\n  - {email: bad}\n  - {email: also-bad, name: X}\n  - {email: a@acme.in, name: A, phone: "12", receiveCalls: never}\n  - {email: a@acme.in, name: B, receiveCalls: never}\n`,
    );
    expect(result.diagnostics.map(({ code, line }) => `${line} ${code}`)).toEqual(['5 RF102', '5 RF105', '6 RF105', '7 RF210', '8 RF201']);
  });

  it('random breakage never crashes the rules and never reports a rule problem twice', async () => {
    const base = [
      'settings: {timezone: Asia/Kolkata, extensionRanges: ["100-199"], guards: {protectedUsers: [a@acme.in]}}',
      'schedules:\n  - {name: office, weekly: {mon: ["09:00-18:00"]}, holidays: [{date: 2026-12-25}]}',
      'roles:\n  - {name: lead, base: supervisor}',
      'extensions:\n  - {number: "101", type: sip}',
      'users:\n  - {email: a@acme.in, name: A, extension: "101", role: lead, receiveCalls: office, departments: [Sales]}\n  - {email: b@acme.in, name: B, extension: "102", departments: [Sales]}',
      'departments:\n  - {name: Sales, extension: "150", hours: office, members: [a@acme.in], failover: {type: user, target: b@acme.in}}',
    ];
    const breakages: Array<[RegExp, string]> = [
      [/"101"/, '101'], [/Asia\/Kolkata/, '5'], [/"09:00-18:00"/, '9'], [/supervisor/, 'boss'], [/type: sip/, 'type: fax'],
      [/name: A,/, 'name: 7,'], [/\[Sales\]/, 'Sales'], [/2026-12-25/, 'tomorrow'], [/hours: office/, 'hours: 3'],
      [/type: user/, 'type: robot'], [/members: \[a@acme.in\]/, 'members: [{user: 1}]'], [/"150"/, '"1"'], [/name: lead/, 'name: Lead'],
    ];
    let files = 0;
    for (let mask = 1; mask < 1 << 6; mask += 3) {
      let text = HEAD + base.join('\n') + '\n';
      breakages.forEach(([from, to], i) => {
        if ((mask >> i % 6) & 1 && (i * 7 + mask) % 3 === 0) text = text.replace(from, to);
      });
      const result = await load(text);
      files++;
      wellFormed(result);
      const seen = new Set(result.diagnostics.map((d) => `${d.line}:${d.column}:${d.code}:${d.message}`));
      expect(seen.size).toBe(result.diagnostics.length);
    }
    expect(files).toBeGreaterThan(15);
  });
});

describe('a corpus of generated hostile files: always diagnostics, never an exception', () => {
  const pieces = ['&a', '*a', '*b', '!!binary', '!!set', '%YAML 1.1', '---', '[', '{', ']', '}', '"', "'", '\t', '\r', '\u0000', '\u001b[2K', '\u202e', '.nan', '.inf', '|', '>', '? ', ': ', '- ', '#', '\ufeff', '\ud800', 'users:', 'departments:', '  ', '\n'];
  it('600 seeded random files', async () => {
    let seed = 42;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let errors = 0;
    for (let i = 0; i < 600; i++) {
      let text = HEAD;
      for (let k = 0, n = 5 + rand(60); k < n; k++) text += pieces[rand(pieces.length)];
      const result = await load(text);
      wellFormed(result);
      if (!result.ok) errors++;
      formatDiagnostics(result.diagnostics, new Map([[result.diagnostics[0]?.file ?? '', result.source]]), { color: false });
      diagnosticsToJson(result.diagnostics);
    }
    expect(errors).toBeGreaterThan(400);
  });
});
