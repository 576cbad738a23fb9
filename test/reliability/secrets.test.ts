/**
 * Promise 5 — secrets. Canary credentials are injected through the environment, as org.yaml names them:
 * an API key (CANARY-tok-7f3a), and the OAuth2 password grant (password CANARY-pw-9c1e, client secret
 * CANARY-cs-41b2). Every output is then scanned: stdout and stderr of plan (text, JSON, Markdown), apply,
 * apply of a saved plan, drift and import, with --verbose request logs; the saved plan and every other file
 * ringform writes; and the error messages of a 401 whose body echoes the credentials, a connection
 * refused, and a validation error. No canary may appear anywhere. Also: saved plans are 0600; plain http
 * off loopback is refused; TLS verification is never turned off in the source.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { drift } from '../../src/cli/commands/drift.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { EXIT } from '../../src/errors.js';
import { HttpClient } from '../../src/providers/http/client.js';
import { NETSAPIENS_DOMAIN } from '../conformance/netsapiens.harness.js';
import { tmpDir } from '../helpers/tmp.js';
import { REPO, ringform } from './cli.js';
import { report } from './figures.js';
import { json, startProxy, type Proxy } from './proxy.js';

const TOKEN = 'CANARY-tok-7f3a';
const PASSWORD = 'CANARY-pw-9c1e';
const CLIENT_SECRET = 'CANARY-cs-41b2';
const CANARIES = [TOKEN, PASSWORD, CLIENT_SECRET, 'CANARY-'];
const LOGIN = '101@example.com';
const ENV = { RF_CANARY_TOKEN: TOKEN, RF_CANARY_CLIENT: 'canary-client', RF_CANARY_SECRET: CLIENT_SECRET, RF_CANARY_USER: LOGIN, RF_CANARY_PASSWORD: PASSWORD };

let emu: NetsapiensEmulator;
let proxy: Proxy;
const scanned = { outputs: 0, files: 0, bytes: 0 };

beforeAll(async () => {
  emu = await startNetsapiensEmulator({
    port: 0,
    strict: true,
    domain: NETSAPIENS_DOMAIN,
    tokens: [TOKEN],
    oauthClient: { clientId: 'canary-client', clientSecret: CLIENT_SECRET },
    passwords: { [LOGIN]: PASSWORD },
    seed: { domains: { [NETSAPIENS_DOMAIN]: { users: [{ user: '101', 'email-address': 'asha@example.com', 'name-first-name': 'Asha', 'name-last-name': 'Rao', 'user-scope': 'Office Manager' }] } } },
  });
  proxy = await startProxy(emu.url);
  Object.assign(process.env, ENV);
});
afterAll(async () => {
  for (const k of Object.keys(ENV)) delete process.env[k];
  await proxy.close();
  await emu.close();
  report('secrets', scanned);
});

function clean(where: string, text: string): void {
  scanned.outputs++;
  scanned.bytes += text.length;
  for (const canary of CANARIES) expect(text.includes(canary), `${where} contains ${canary}:\n${text.slice(0, 2000)}`).toBe(false);
}

/** Every file under dir (saved plans, lock files, written org.yaml): no canary, and saved plans are 0600. */
async function cleanFiles(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    scanned.files++;
    clean(file, await readFile(file, 'utf8'));
  }
}

const CREDENTIALS = {
  apikey: '{tokenEnv: RF_CANARY_TOKEN}',
  password: '{clientIdEnv: RF_CANARY_CLIENT, clientSecretEnv: RF_CANARY_SECRET, usernameEnv: RF_CANARY_USER, passwordEnv: RF_CANARY_PASSWORD}',
};
const orgYaml = (endpoint: string, credentials: string, body = 'users:\n  - {email: asha@example.com, name: Asha Rao, extension: "101", role: admin}\n  - {email: ben@example.com, name: Ben Das, extension: "102"}\n') =>
  `version: 1\nprovider: {type: netsapiens, endpoint: "${endpoint}", domain: ${NETSAPIENS_DOMAIN}, credentials: ${credentials}}\n${body}`;

async function cli(dir: string, work: (io: ReturnType<typeof memoryIO>) => Promise<number>): Promise<{ code: number; text: string }> {
  const io = memoryIO({ cwd: dir, env: { ...ENV } });
  let code: number;
  try {
    code = await work(io);
  } catch (error) {
    code = await triage(error, io);
  }
  return { code, text: `--- stdout\n${io.out()}\n--- stderr\n${io.err()}` };
}

const planOpts = { detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true, verbose: true };
const applyOpts = { autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true, verbose: true };

describe.each(['apikey', 'password'] as const)('canary credentials (%s) never appear in any output', (auth) => {
  it('plan (text, JSON, Markdown, --out), apply, apply PLANFILE, drift and import, all --verbose', async () => {
    const dir = await tmpDir('ringform-rel-secrets-');
    await writeFile(path.join(dir, 'org.yaml'), orgYaml(emu.url, CREDENTIALS[auth]));
    for (const format of ['text', 'json', 'markdown'] as const) {
      const r = await cli(dir, (io) => plan({ file: 'org.yaml', format, ...planOpts, out: `plan-${format}.json` }, io));
      expect(r.code, r.text).toBe(EXIT.ok);
      clean(`plan --format ${format}`, r.text);
      if (auth === 'apikey' && format === 'text') expect(r.text, '--verbose logs requests').toMatch(/GET \/domains\/example\.com\/users/);
      expect((await stat(path.join(dir, `plan-${format}.json`))).mode & 0o777, 'saved plans are private').toBe(0o600);
    }
    const applied = await cli(dir, (io) => apply({ file: 'plan-text.json', ...applyOpts }, io));
    expect(applied.code, applied.text).toBe(EXIT.ok);
    clean('apply PLANFILE', applied.text);
    const again = await cli(dir, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    expect(again.code, again.text).toBe(EXIT.ok);
    clean('apply', again.text);
    const drifted = await cli(dir, (io) => drift({ file: 'org.yaml', format: 'json', verbose: true }, io));
    clean('drift --verbose', drifted.text);
    const creds = auth === 'apikey'
      ? { tokenEnv: 'RF_CANARY_TOKEN', usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null }
      : { tokenEnv: null, usernameEnv: 'RF_CANARY_USER', passwordEnv: 'RF_CANARY_PASSWORD', clientIdEnv: 'RF_CANARY_CLIENT', clientSecretEnv: 'RF_CANARY_SECRET', file: null };
    const imported = await cli(dir, (io) =>
      importCommand({ source: { type: 'netsapiens', endpoint: emu.url, domain: NETSAPIENS_DOMAIN, credentials: creds }, include: [], exclude: [], out: 'imported.yaml', force: false, verbose: true }, io),
    );
    expect(imported.code, imported.text).toBe(EXIT.ok);
    clean('import --verbose', imported.text);
    await cleanFiles(dir);
  });

  it('a 401 whose body echoes the credentials sent: the error names the vendor, the canaries are masked', async () => {
    const dir = await tmpDir('ringform-rel-secrets-401-');
    await writeFile(path.join(dir, 'org.yaml'), orgYaml(proxy.url, CREDENTIALS[auth]));
    // A careless vendor (or proxy) that repeats the request's credentials in its error.
    proxy.tamper = (req) => json(401, { message: `invalid credentials: ${req.authorization} ${req.body} at ${req.path}` });
    try {
      const r = await cli(dir, (io) => plan({ file: 'org.yaml', format: 'text', ...planOpts }, io));
      expect(r.code).toBe(EXIT.error);
      expect(r.text).toMatch(auth === 'apikey' ? /\[netsapiens\] GET \/\S+ 401 unauthorised: invalid credentials: Bearer \[REDACTED\]/ : /\[netsapiens\] POST \/tokens 401 unauthorised: invalid credentials: .*"password":"\[REDACTED\]"/);
      clean('401 error', r.text);
    } finally {
      proxy.tamper = () => null;
    }
  });

  it('a connection refused and a validation error', async () => {
    const dir = await tmpDir('ringform-rel-secrets-err-');
    await writeFile(path.join(dir, 'refused.yaml'), orgYaml('http://127.0.0.1:9/ns-api/v2', CREDENTIALS[auth]));
    const refused = await cli(dir, (io) => plan({ file: 'refused.yaml', format: 'text', ...planOpts }, io));
    expect(refused.code).toBe(EXIT.error);
    expect(refused.text).toMatch(/\[netsapiens\] (GET|POST) \/\S+ failed: ECONNREFUSED/);
    clean('connection refused', refused.text);
    await writeFile(path.join(dir, 'invalid.yaml'), orgYaml(emu.url, CREDENTIALS[auth], 'users:\n  - {email: not-an-email, name: X, extension: "101"}\n'));
    const invalid = await cli(dir, (io) => plan({ file: 'invalid.yaml', format: 'text', ...planOpts }, io));
    expect(invalid.code).toBe(EXIT.error);
    expect(invalid.text).toMatch(/invalid\.yaml:\d+:\d+\s+error\s+RF/);
    clean('validation error', invalid.text);
  });
});

describe('transport', () => {
  it('plain http off loopback is refused before any connection, with a message saying why', async () => {
    const dir = await tmpDir('ringform-rel-http-');
    await writeFile(path.join(dir, 'org.yaml'), orgYaml('http://pbx.example.com/ns-api/v2', CREDENTIALS.apikey));
    const r = await cli(dir, (io) => plan({ file: 'org.yaml', format: 'text', ...planOpts }, io));
    expect(r.code).toBe(EXIT.error);
    expect(r.text).toContain('[netsapiens] refusing plain http to pbx.example.com: credentials would be sent unencrypted. Use https, or pass --insecure-http if you really mean it.');
    clean('plain http refusal', r.text);
  });

  it('the insecureHttp option (what --insecure-http passes) is the only way round it; loopback is allowed', async () => {
    expect(() => new HttpClient({ vendor: 'netsapiens', baseUrl: 'http://pbx.example.com/ns-api/v2' })).toThrow(/refusing plain http to pbx\.example\.com/);
    expect(() => new HttpClient({ vendor: 'netsapiens', baseUrl: 'http://10.0.0.5/ns-api/v2' })).toThrow(/refusing plain http/);
    const allowed = [new HttpClient({ vendor: 'netsapiens', baseUrl: 'http://pbx.example.com/ns-api/v2', insecureHttp: true }), new HttpClient({ vendor: 'netsapiens', baseUrl: 'http://127.0.0.1:1/x' }), new HttpClient({ vendor: 'netsapiens', baseUrl: 'http://localhost:1/x' })];
    await Promise.all(allowed.map((c) => c.close()));
  });

  it('`ringform plan --insecure-http` lets plain http through (and still leaks nothing)', async () => {
    const dir = await tmpDir('ringform-rel-insecure-');
    const file = path.join(dir, 'org.yaml');
    await writeFile(file, orgYaml('http://pbx.invalid/ns-api/v2', CREDENTIALS.apikey));
    const child = ringform(['plan', file, '--insecure-http'], { RF_CANARY_TOKEN: TOKEN });
    const { code } = await child.exited;
    expect(code).toBe(EXIT.error);
    expect(child.stderr()).not.toContain('refusing plain http');
    clean('--insecure-http', child.stdout() + child.stderr());
  });

  it('TLS verification is never turned off in the source', async () => {
    const offenders: string[] = [];
    for (const entry of await readdir(path.join(REPO, 'src'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|js|mjs|cjs)$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const text = await readFile(file, 'utf8');
      if (/rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED|checkServerIdentity\s*:/.test(text)) offenders.push(path.relative(REPO, file));
    }
    expect(offenders).toEqual([]);
  });
});
