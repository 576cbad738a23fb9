/**
 * Promise 3 — bad input.
 *  - Every malformed org.yaml of test/fixtures/invalid (plus a 50 MB file and YAML alias cycles made
 *    here) goes through the CLI's plan command pointed at a NetSapiens emulator: a clear error at its
 *    position (file:line:col and the code expected.json names), exit 1, and ZERO vendor requests.
 *  - Bad vendor responses (an HTML error page, truncated JSON, a 200 with an error envelope, an object
 *    where a list belongs, missing or mistyped fields, a list cut short) end in named errors that name
 *    the vendor, method and path — never a crash, never a plan made from them.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { EXIT } from '../../src/errors.js';
import { HttpError, NetworkError, VendorError } from '../../src/providers/http/errors.js';
import { createNetsapiensProvider } from '../../src/providers/netsapiens/index.js';
import { NETSAPIENS_DOMAIN, netsapiensConfig } from '../conformance/netsapiens.harness.js';
import { tmpDir } from '../helpers/tmp.js';
import { report } from './figures.js';
import { json, startProxy, type Proxy, type Scripted } from './proxy.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/invalid');
type Expected = Record<string, Array<{ code: string; line: number; column: number }>>;
const expected = JSON.parse(await readFile(path.join(FIXTURES, 'expected.json'), 'utf8')) as Expected;
const fixtures = (await readdir(FIXTURES)).filter((f) => f.endsWith('.yaml')).sort();
const TOKEN_ENV = 'RINGFORM_REL_BAD_INPUT_TOKEN';

let emu: NetsapiensEmulator;
beforeAll(async () => {
  emu = await startNetsapiensEmulator({ port: 0, strict: true, domain: NETSAPIENS_DOMAIN });
  process.env[TOKEN_ENV] = emu.token;
});
afterAll(async () => {
  delete process.env[TOKEN_ENV];
  await emu.close();
});

/**
 * The fixture with its sandbox provider swapped for the NetSapiens emulator, on the same number of lines
 * so positions hold: `provider:` + `  type: sandbox` become a flow mapping and a comment. Fixtures whose
 * provider block is itself the problem keep it. Bytes, not text: one fixture is invalid UTF-8 on purpose.
 */
function onEmulator(bytes: Buffer): { bytes: Buffer; converted: boolean } {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  const at = lines.findIndex((l, i) => l.toString('latin1') === 'provider:' && lines[i + 1]?.toString('latin1') === '  type: sandbox');
  if (at < 0) return { bytes, converted: false };
  lines[at] = Buffer.from(`provider: {type: netsapiens, endpoint: "${emu.url}", domain: ${NETSAPIENS_DOMAIN}, credentials: {tokenEnv: ${TOKEN_ENV}}}`);
  lines[at + 1] = Buffer.from('  # provider: the NetSapiens emulator');
  return { bytes: Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from('\n'), l]))), converted: true };
}

const planOpts = { format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };

/** `ringform plan FILE` as main.ts runs it: the command, and triage for what it throws. */
async function planCommand(dir: string, file: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO({ cwd: dir });
  let code: number;
  try {
    code = await plan({ file, ...planOpts }, io);
  } catch (error) {
    code = await triage(error, io);
  }
  return { code, out: io.out(), err: io.err() };
}

describe('malformed org.yaml through `ringform plan`, against a NetSapiens emulator', () => {
  const figures = { files: 0, onEmulator: 0, diagnostics: 0, vendorRequests: 0 };
  afterAll(() => report('bad-input:org.yaml', figures));

  it('there are at least 60 fixtures, each with an expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    for (const f of fixtures) expect(expected[f], f).toBeDefined();
  });

  it.each(fixtures)('%s: its error at its position, exit 1, zero vendor requests', async (name) => {
    const dir = await tmpDir('ringform-rel-bad-');
    const { bytes, converted } = onEmulator(await readFile(path.join(FIXTURES, name)));
    await writeFile(path.join(dir, 'org.yaml'), bytes);
    const before = emu.log.requests().length;
    const { code, out, err } = await planCommand(dir, 'org.yaml');
    figures.files++;
    if (converted) figures.onEmulator++;
    expect(code, err).toBe(EXIT.error);
    expect(out, 'no plan is printed').toBe('');
    for (const d of expected[name]!) {
      figures.diagnostics++;
      expect(err).toMatch(new RegExp(`org\\.yaml:${d.line}:${d.column}\\s+error\\s+${d.code}\\b`));
    }
    expect(err).not.toMatch(/crashed|this is a bug/);
    const requests = emu.log.requests().length - before;
    figures.vendorRequests += requests;
    expect(requests, 'vendor requests').toBe(0);
  });

  it('a 50 MB org.yaml is refused before parsing: RF002 at 1:1, exit 1, zero vendor requests', async () => {
    const dir = await tmpDir('ringform-rel-big-');
    const head = `version: 1\nprovider: {type: netsapiens, endpoint: "${emu.url}", domain: ${NETSAPIENS_DOMAIN}, credentials: {tokenEnv: ${TOKEN_ENV}}}\nusers:\n`;
    const user = (i: number) => `  - {email: user${i}@example.com, name: User ${i}, extension: "${100000 + i}"}\n`;
    const chunk = Array.from({ length: 1000 }, (_, i) => user(i)).join('');
    const parts = [head];
    for (let size = head.length; size < 50 * 1024 * 1024; size += chunk.length) parts.push(chunk);
    await writeFile(path.join(dir, 'org.yaml'), parts.join(''));
    const before = emu.log.requests().length;
    const t0 = performance.now();
    const { code, err } = await planCommand(dir, 'org.yaml');
    expect(code).toBe(EXIT.error);
    expect(err).toMatch(/org\.yaml:1:1\s+error\s+RF002\b/);
    expect(emu.log.requests().length - before).toBe(0);
    report('bad-input:50MB', { seconds: Math.round(performance.now() - t0) / 1000 });
  });

  it.each([
    ['an alias that contains itself (users)', 'users: &u\n  - email: a@example.com\n    name: A\n    extension: "101"\n    previously: *u\n', 'RF017'],
    ['a mapping that refers to itself (settings)', 'settings: &s\n  ignore: *s\n', 'RF017'],
  ])('a YAML reference cycle, %s: an error, exit 1, zero vendor requests', async (_name, body, code) => {
    const dir = await tmpDir('ringform-rel-cycle-');
    await writeFile(path.join(dir, 'org.yaml'), `version: 1\nprovider: {type: netsapiens, endpoint: "${emu.url}", domain: ${NETSAPIENS_DOMAIN}, credentials: {tokenEnv: ${TOKEN_ENV}}}\n${body}`);
    const before = emu.log.requests().length;
    const result = await planCommand(dir, 'org.yaml');
    expect(result.code).toBe(EXIT.error);
    expect(result.err).toMatch(new RegExp(`org\\.yaml:\\d+:\\d+\\s+error\\s+${code}\\b`));
    expect(result.err).not.toMatch(/crashed|this is a bug/);
    expect(emu.log.requests().length - before).toBe(0);
  });
});

describe('bad vendor responses → named errors naming the vendor, method and path', () => {
  let proxy: Proxy;
  beforeAll(async () => {
    proxy = await startProxy(emu.url);
  });
  afterAll(() => proxy.close());

  const users = `/domains/${NETSAPIENS_DOMAIN}/users`;
  const isUsers = (p: string) => p.split('?')[0] === `/ns-api/v2${users}`;
  const cases: Array<{ name: string; script: (p: string) => Scripted | { rewrite: (s: number, b: string) => Scripted } | null; error: typeof HttpError; says: RegExp }> = [
    {
      name: 'an HTML error page (502 from a proxy)',
      script: (p) => (isUsers(p) ? { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>' } : null),
      error: VendorError,
      says: /502 failed: 502 Bad Gateway nginx/,
    },
    {
      name: 'an HTML page with status 200',
      script: (p) => (isUsers(p) ? { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Maintenance</body></html>' } : null),
      error: VendorError,
      says: /200 answered with a body that is not JSON: Maintenance/,
    },
    {
      name: 'truncated JSON',
      script: (p) => (isUsers(p) ? { rewrite: (s, b) => ({ status: s, headers: { 'content-type': 'application/json' }, body: b.slice(0, Math.max(1, Math.floor(b.length / 2))) }) } : null),
      error: VendorError,
      says: /not JSON/,
    },
    {
      name: 'a 200 with an error envelope instead of the list',
      script: (p) => (isUsers(p) ? json(200, { code: 500, message: 'Database unavailable' }) : null),
      error: VendorError,
      says: /did not answer with a list of objects.*Database unavailable/,
    },
    {
      name: 'a list of the wrong type of thing',
      script: (p) => (isUsers(p) ? json(200, ['101', '102']) : null),
      error: VendorError,
      says: /did not answer with a list of objects/,
    },
    {
      name: 'an empty users list while /users/count says there are users',
      script: (p) => (isUsers(p) ? json(200, []) : null),
      error: VendorError,
      says: /listed 0 users, but .*users\/count says there are [1-9]/,
    },
    {
      name: 'a count with a wrong type',
      script: (p) => (p.startsWith(`/ns-api/v2${users}/count`) ? json(200, { total: 'many' }) : null),
      error: VendorError,
      says: /without a user count/,
    },
    {
      name: 'a response cut off mid-body (connection dropped)',
      script: (p) => (isUsers(p) ? { status: 200, headers: { 'content-type': 'application/json', 'content-length': '5000' }, body: '[{"user":"1', cut: true } : null),
      error: NetworkError,
      says: /GET \/domains\/example\.com\/users/,
    },
  ];

  it.each(cases)('$name', async ({ script, error, says }) => {
    // Someone is there: the emulator holds users, so an empty or short read is a lie.
    const domain = emu.state.requireDomain(NETSAPIENS_DOMAIN);
    if (!domain.users.has('100')) domain.users.set('100', { user: '100', domain: NETSAPIENS_DOMAIN, 'email-address': 'ada@example.com', 'name-first-name': 'Ada', 'user-scope': 'Office Manager' });
    proxy.tamper = (req) => script(req.path);
    const provider = createNetsapiensProvider(netsapiensConfig(proxy.url, { tokenEnv: TOKEN_ENV }), { http: { retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 2 } } });
    try {
      const failure = await provider.read().then(
        () => null,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(error);
      const message = (failure as Error).message;
      expect(message).toMatch(/^\[netsapiens\] GET \/domains\/example\.com\/users/);
      expect(message).toMatch(says);
    } finally {
      proxy.tamper = () => null;
      await provider.close?.();
    }
  });

  it('with one of those, `ringform plan` exits 1 with the named error and plans nothing', async () => {
    const dir = await tmpDir('ringform-rel-badvendor-');
    proxy.tamper = (req) => (isUsers(req.path) ? json(200, []) : null);
    await writeFile(
      path.join(dir, 'org.yaml'),
      `version: 1\nprovider: {type: netsapiens, endpoint: "${proxy.url}", domain: ${NETSAPIENS_DOMAIN}, credentials: {tokenEnv: ${TOKEN_ENV}}}\nsettings: {prune: {users: true}}\nusers:\n  - {email: new@example.com, name: New Person, extension: "150"}\n`,
    );
    try {
      const { code, out, err } = await planCommand(dir, 'org.yaml');
      expect(code).toBe(EXIT.error);
      expect(out).toBe('');
      expect(err).toMatch(/^Error: \[netsapiens\] GET \/domains\/example\.com\/users 200 listed 0 users/m);
      expect(err).not.toMatch(/crashed/);
    } finally {
      proxy.tamper = () => null;
    }
  });
});
