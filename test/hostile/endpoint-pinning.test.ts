/**
 * Endpoint pinning (issue 13, Build 4), through the real CLI (a child process) against a NetSapiens emulator.
 * A pull request edits provider.endpoint to point at a second local server that records anything that arrives
 * (connections and requests). With `RINGFORM_ENDPOINT_<VAR>` or `RINGFORM_ALLOWED_ENDPOINTS` set, plan, apply,
 * drift, probe and import refuse with exit 1, naming provider.endpoint, the variable and the fix, and the recorder
 * sees nothing: no connection, no Authorization header. Without pinning the same edit leaks the key (the
 * control case, which is what the old code did whatever the environment said).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { tmpDir } from '../helpers/tmp.js';
import { ringform } from '../reliability/cli.js';

const DOMAIN = 'example.com';
const SECRET = 'pin-canary-5e1d-secret';

interface Recorder {
  url: string;
  origin: string;
  connections: number;
  requests: Array<{ method: string; url: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

async function startRecorder(): Promise<Recorder> {
  const sockets = new Set<Socket>();
  const rec = { connections: 0, requests: [] as Recorder['requests'] };
  const server: Server = createServer((req, res) => {
    rec.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
  server.on('connection', (s) => {
    rec.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(rec, {
    url: `${origin}/ns-api/v2`,
    origin,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  });
}

let emu: NetsapiensEmulator;
let recorder: Recorder;
let emuOrigin: string;

beforeAll(async () => {
  emu = await startNetsapiensEmulator({ port: 0, domain: DOMAIN, tokens: [SECRET] });
  emuOrigin = new URL(emu.url).origin;
  recorder = await startRecorder();
});
afterAll(async () => {
  await recorder.close();
  await emu.close();
});
beforeEach(() => {
  recorder.connections = 0;
  recorder.requests.length = 0;
});

async function orgAt(endpoint: string): Promise<string> {
  const dir = await tmpDir('ringform-pin-');
  await writeFile(
    path.join(dir, 'org.yaml'),
    `version: 1\nprovider: {type: netsapiens, endpoint: "${endpoint}", domain: ${DOMAIN}, credentials: {tokenEnv: NS_API_KEY}}\n` +
      'users:\n  - {email: asha@example.com, name: Asha Rao, extension: "101", role: admin}\n',
  );
  return path.join(dir, 'org.yaml');
}

async function run(args: string[], env: Record<string, string>) {
  const child = ringform(args, { NS_API_KEY: SECRET, ...env });
  const { code } = await child.exited;
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}

const nothingArrived = () => {
  expect(recorder.connections, 'connections to the PR author host').toBe(0);
  expect(recorder.requests).toEqual([]);
};

describe('endpoint pinning through the CLI', () => {
  it('control: without pinning, editing provider.endpoint sends the key to that host', async () => {
    const org = await orgAt(recorder.url);
    await run(['plan', org], {});
    expect(recorder.requests.some((r) => r.headers.authorization === `Bearer ${SECRET}`)).toBe(true);
  });

  const commands: Array<[string, (org: string) => string[]]> = [
    ['plan', (org) => ['plan', org]],
    ['apply', (org) => ['apply', org, '--auto-approve']],
    ['drift', (org) => ['drift', org]],
    ['probe', (org) => ['probe', org]],
    ['import', () => ['import', '--provider', 'netsapiens', '--endpoint', recorder.url, '--domain', DOMAIN, '--token-env', 'NS_API_KEY']],
  ];

  it.each(commands)('RINGFORM_ENDPOINT_NS_API_KEY: %s refuses a foreign endpoint, exit 1, nothing arrives', async (_, args) => {
    const org = await orgAt(recorder.url);
    const r = await run(args(org), { RINGFORM_ENDPOINT_NS_API_KEY: emuOrigin });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`provider.endpoint "${recorder.url}"`);
    expect(r.stderr).toContain('RINGFORM_ENDPOINT_NS_API_KEY binds it to');
    expect(r.stderr).toContain(`Fix: point provider.endpoint at ${emuOrigin}`);
    expect(r.stderr).not.toContain(SECRET);
    nothingArrived();
  });

  it.each(commands)('RINGFORM_ALLOWED_ENDPOINTS: %s refuses an endpoint not in the list, exit 1, nothing arrives', async (_, args) => {
    const org = await orgAt(recorder.url);
    const r = await run(args(org), { RINGFORM_ALLOWED_ENDPOINTS: `https://api.example.net, ${emuOrigin}/` });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`its origin ${recorder.origin} is not in RINGFORM_ALLOWED_ENDPOINTS (https://api.example.net, ${emuOrigin})`);
    expect(r.stderr).toContain('Fix:');
    nothingArrived();
  });

  it('the pinned endpoint itself works: plan and apply against the emulator, both variables set', async () => {
    const org = await orgAt(emu.url);
    const env = { RINGFORM_ENDPOINT_NS_API_KEY: emuOrigin, RINGFORM_ALLOWED_ENDPOINTS: emuOrigin };
    const planned = await run(['plan', org], env);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/^Plan: \d+ to create/m);
    const applied = await run(['apply', org, '--auto-approve'], env);
    expect(applied.code, applied.stderr).toBe(0);
    nothingArrived();
  });

  it('a variable that is not an origin is refused, naming it', async () => {
    const org = await orgAt(emu.url);
    const r = await run(['plan', org], { RINGFORM_ALLOWED_ENDPOINTS: `${emuOrigin}/ns-api/v2` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/RINGFORM_ALLOWED_ENDPOINTS holds .* which is not an origin/);
    const bad = await run(['plan', org], { RINGFORM_ENDPOINT_NS_API_KEY: 'api.example.net' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('RINGFORM_ENDPOINT_NS_API_KEY holds "api.example.net"');
  });
});
