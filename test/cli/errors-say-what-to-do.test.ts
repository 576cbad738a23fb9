/**
 * Errors say what to do (issue 12, item 5), through the real CLI as a child process: a refused credential
 * names the setting and variable (never the value), an unreachable vendor names provider.endpoint, an unknown
 * domain names provider.domain, MyOperator's "not an authorized request" says the token was refused, a
 * missing file says "not found" for every command, and Terraform-style flags get one line.
 */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderConfig } from '../../src/model/org.js';
import { NetworkError } from '../../src/providers/http/errors.js';
import { vendorHint } from '../../src/providers/hints.js';
import { startMyoperatorEmulator } from '../../src/emulators/myoperator/index.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { ringform } from '../reliability/cli.js';
import { tmpDir } from '../helpers/tmp.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const nsOrg = (endpoint: string, domain = 'example.com') => `version: 1
provider:
  type: netsapiens
  endpoint: ${endpoint}
  domain: ${domain}
  credentials:
    tokenEnv: NS_API_KEY
users:
  - email: a@example.com
    name: A
    extension: '1001'
`;

async function run(args: string[], env: Record<string, string> = {}) {
  const child = ringform(args, env);
  const { code } = await child.exited;
  return { code, out: child.stdout(), err: child.stderr() };
}

async function orgFile(yaml: string): Promise<string> {
  const file = path.join(await tmpDir(), 'org.yaml');
  await writeFile(file, yaml);
  return file;
}

/** A loopback port nobody listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('vendor errors name the org.yaml setting to check', () => {
  it('a 401 names provider.credentials.tokenEnv and the variable, never its value', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['right-key'] });
    stops.push(() => emu.close());
    const file = await orgFile(nsOrg(emu.url));
    const r = await run(['plan', file], { NS_API_KEY: 'wrong-key-value-123' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('401');
    expect(r.err).toMatch(/hint: .*NS_API_KEY \(provider\.credentials\.tokenEnv\)/);
    expect(r.err + r.out).not.toContain('wrong-key-value-123');
    expect(r.err).not.toContain('this is a bug');
  });

  it('connection refused names provider.endpoint and its value', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/ns-api/v2`;
    const r = await run(['plan', await orgFile(nsOrg(endpoint))], { NS_API_KEY: 'k' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('ECONNREFUSED');
    expect(r.err).toContain(`hint: could not reach the vendor: check provider.endpoint (${endpoint})`);
  });

  it('an unknown domain names provider.domain', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['k'] });
    stops.push(() => emu.close());
    const r = await run(['plan', await orgFile(nsOrg(emu.url, 'nosuch.example'))], { NS_API_KEY: 'k' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/hint: the vendor does not know the domain "nosuch\.example": check provider\.domain/);
  });

  it('MyOperator\'s "not an authorized request" says the token was refused', async () => {
    const emu = await startMyoperatorEmulator({ port: 0, tokens: ['good'] });
    stops.push(() => emu.close());
    const yaml = `version: 1\nprovider:\n  type: myoperator\n  endpoint: ${emu.url}\n  credentials:\n    tokenEnv: MO_TOKEN\nusers: []\n`;
    const r = await run(['plan', await orgFile(yaml)], { MO_TOKEN: 'refused-token-456' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/hint: the vendor refused the API token .*MO_TOKEN \(provider\.credentials\.tokenEnv\)/);
    expect(r.err).not.toContain('refused-token-456');
  });

  it('a DNS failure names provider.endpoint too (no lookup made: the error as the HTTP client builds it)', () => {
    const config: ProviderConfig = {
      type: 'netsapiens', endpoint: 'https://api.nowhere.example/ns-api/v2', domain: 'example.com', vendor: {}, baseDir: '.',
      credentials: { tokenEnv: 'NS_API_KEY', usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null },
    };
    const error = new NetworkError(
      { vendor: 'netsapiens', method: 'GET', path: '/domains/example.com/users', status: null, vendorMessage: 'ENOTFOUND: getaddrinfo ENOTFOUND api.nowhere.example' },
      'failed',
    );
    expect(vendorHint(error, config)).toBe(
      'could not reach the vendor: check provider.endpoint (https://api.nowhere.example/ns-api/v2) and that it is reachable from here',
    );
    expect(vendorHint(error, config, 'flags')).toContain('check --endpoint');
  });
});

describe('a missing file says "not found", not "invalid"', () => {
  it.each(['validate', 'plan', 'apply', 'drift', 'show'])('%s', async (command) => {
    const missing = path.join(await tmpDir(), 'missing.yaml');
    const r = await run([command, missing]);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain('not found');
    expect(r.out + r.err).not.toMatch(/invalid|does not exist|ENOENT|this is a bug/);
  });
});

describe('Terraform-style single-dash flags', () => {
  it.each([
    [['plan', 'org.yaml', '-out=plan.json'], "error: unknown option '-out=plan.json'; did you mean --out?"],
    [['plan', 'org.yaml', '-detailed-exitcode'], "error: unknown option '-detailed-exitcode'; did you mean --detailed-exitcode?"],
    [['apply', 'org.yaml', '-auto-approve'], "error: unknown option '-auto-approve'; did you mean --auto-approve?"],
  ])('%j gets one line, not the help', async (args, line) => {
    const r = await run(args);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${line}\n`);
    expect(r.out).toBe('');
  });

  it('a single-dash flag with no long form keeps the usual error and help', async () => {
    const r = await run(['plan', 'org.yaml', '-var=x']);
    expect(r.code).toBe(1);
    expect(r.err).toContain("unknown option '-var=x'");
    expect(r.err).toContain('Usage: ringform plan');
  });
});

describe('the endpoint in a hint never carries a credential', () => {
  it('drops user info, query and fragment', async () => {
    const { shownEndpoint } = await import('../../src/providers/hints.js');
    expect(shownEndpoint('http://admin:PWLEAK99@127.0.0.1:1/ns-api/v2')).not.toMatch(/PWLEAK99|admin/);
    expect(shownEndpoint('https://pbx.example.com/v2?token=QLEAK77')).not.toMatch(/QLEAK77/);
    expect(shownEndpoint('https://pbx.example.com/v2')).toBe('https://pbx.example.com/v2');
  });
});
