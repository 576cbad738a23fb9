/**
 * Redaction by form (issue 13, Build 5). A secret must not leave ringform raw, URL-encoded, JSON-escaped or
 * base64-encoded: canaries (with characters that each encoding changes) are echoed back by a careless vendor
 * in every form, through the real plan command against a NetSapiens emulator behind a scripting proxy, with
 * --verbose; and code frames must mask every shown line that holds a secret-looking key, not only the
 * erroring one. The forms are written out here independently of the implementation.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan } from '../../src/cli/commands/plan.js';
import { validate } from '../../src/cli/commands/validate.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { Redactor } from '../../src/providers/http/redact.js';
import { tmpDir } from '../helpers/tmp.js';
import { json, startProxy, type Proxy } from '../reliability/proxy.js';

/** `/`, `+`, `=`, space, quote, backslash, `&`, non-ASCII: every encoding below changes some of them. */
const CANARY = 'CANARY/k3y+v4l=ue "q" \\ &é-7f3a';

/** Every form a vendor may echo the canary in (independent of src/providers/http/redact.ts). */
function forms(secret: string): Record<string, string> {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const json1 = JSON.stringify(secret).slice(1, -1);
  return {
    raw: secret,
    'encodeURIComponent': encodeURIComponent(secret),
    'percent, lower-case hex': encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    'form encoding': new URLSearchParams({ x: secret }).toString().slice(2),
    'JSON-escaped': json1,
    'JSON-escaped, PHP style': json1.replace(/\//g, '\\/').replace(/é/g, '\\u00e9'),
    'JSON inside JSON': JSON.stringify(json1).slice(1, -1),
    base64: b64(secret),
    base64url: Buffer.from(secret, 'utf8').toString('base64url'),
    'Basic user:secret': b64(`api-user:${secret}`),
    'inside a base64 body (offset 1)': b64(`{${secret}}`),
    'inside a base64 body (offset 2)': b64(`{"${secret}"}`),
  };
}

/** The canary's distinctive core, in every form: found = leaked. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (const [name, form] of Object.entries(forms(CANARY))) {
    const probe = name.startsWith('inside') || name.startsWith('Basic') ? form.slice(8, 24) : form;
    if (text.includes(probe)) found.push(name);
  }
  return found;
}

describe('Redactor masks every form', () => {
  it.each(Object.entries(forms(CANARY)))('%s', (_, form) => {
    const r = new Redactor();
    r.add(CANARY);
    const out = r.text(`vendor said: <<${form}>> at /users?x=${form}`);
    expect(leaks(out), out).toEqual([]);
    expect(out).toContain('[REDACTED]');
  });

  it('leaves unrelated text alone', () => {
    const r = new Redactor();
    r.add(CANARY);
    const text = 'GET /domains/example.com/users 200, base64 aGVsbG8gd29ybGQ= and a user named Asha';
    expect(r.text(text)).toBe(text);
  });
});

let emu: NetsapiensEmulator;
let proxy: Proxy;
beforeAll(async () => {
  emu = await startNetsapiensEmulator({ port: 0, domain: 'example.com', tokens: [CANARY] });
  proxy = await startProxy(emu.url);
  process.env.RF_FORM_KEY = CANARY;
});
afterAll(async () => {
  delete process.env.RF_FORM_KEY;
  await proxy.close();
  await emu.close();
});

describe('a vendor that echoes the credential it received', () => {
  it.each(Object.keys(forms(CANARY)))('in %s form: plan --verbose prints no form of it', async (name) => {
    const dir = await tmpDir('ringform-forms-');
    await writeFile(
      path.join(dir, 'org.yaml'),
      `version: 1\nprovider: {type: netsapiens, endpoint: "${proxy.url}", domain: example.com, credentials: {tokenEnv: RF_FORM_KEY}}\nusers: []\n`,
    );
    const echoed = forms(CANARY)[name]!;
    proxy.tamper = () => json(401, { message: `invalid credentials: got ${echoed}` });
    const io = memoryIO({ cwd: dir });
    let code: number;
    try {
      code = await plan({ file: 'org.yaml', format: 'text', detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true, verbose: true }, io);
    } catch (error) {
      code = await triage(error, io);
    } finally {
      proxy.tamper = () => null;
    }
    expect(code).toBe(1);
    const out = io.out() + io.err();
    expect(out).toContain('401');
    expect(leaks(out), out).toEqual([]);
  });
});

describe('code frames', () => {
  it('mask every shown line holding or under a secret-looking key, not only the erroring one', async () => {
    const dir = await tmpDir('ringform-frame-secrets-');
    const secrets = ['S3CRET-a1', 'S3CRET-b2', 'S3CRET-c3', 'S3CRET-d4', 'S3CRET-e5', 'S3CRET-f6', 'S3CRET-g7'];
    const yaml = [
      'version: 1',
      'provider:',
      '  type: sandbox',
      `  apiKey: ${secrets[0]}`,
      `  token: "${secrets[1]}"`,
      '  bogus: 1',
      `  password: |`,
      `    ${secrets[2]}`,
      `  vendor: {sandbox: {sipPassword: ${secrets[3]}, pin: ${secrets[4]}}}`,
      'users:',
      `  - {email: x@example.com, name: X, secret: ${secrets[5]}}`,
      `  - email: not-an-email`,
      `    # my token: ${secrets[6]}`,
      '    name: Y',
    ].join('\n');
    await writeFile(path.join(dir, 'org.yaml'), `${yaml}\n`);
    const io = memoryIO({ cwd: dir });
    const code = await validate({ files: ['org.yaml'], format: 'text', noColor: true }, io);
    expect(code).toBe(1);
    const out = io.out();
    expect(out).toMatch(/org\.yaml:6:\d+ {2}error/);
    for (const s of secrets) expect(out, `${s} shown:\n${out}`).not.toContain(s);
    expect(out).toContain('apiKey: ***');
    expect(out).toContain('sipPassword: ***');
  });

  it('in a long file, lines far below their section keep their text; a secret far below is still masked', async () => {
    const dir = await tmpDir('ringform-frame-long-');
    const users = Array.from({ length: 3000 }, (_, i) => `  - email: u${i}@example.com\n    name: User ${i}\n    extension: "${1000 + i}"`);
    users[2500] = '  - email: not-an-email\n    name: Far Below\n    extension: "3500"\n    pin: S3CRET-far';
    await writeFile(path.join(dir, 'org.yaml'), `version: 1\nprovider: {type: sandbox}\nusers:\n${users.join('\n')}\n`);
    const io = memoryIO({ cwd: dir });
    expect(await validate({ files: ['org.yaml'], format: 'text', noColor: true }, io)).toBe(1);
    const out = io.out();
    expect(out).toContain('name: Far Below');
    expect(out).toContain('extension: "3500"');
    expect(out).toContain('pin: ***');
    expect(out).not.toContain('S3CRET-far');
  });
});
