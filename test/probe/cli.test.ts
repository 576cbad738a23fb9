/** `ringform probe FILE` through the CLI command: exit codes, formats, and clear errors that change nothing. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { probe } from '../../src/cli/commands/probe.js';
import { startMyoperatorEmulator } from '../../src/emulators/myoperator/index.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { EXIT } from '../../src/errors.js';
import { memoryIO } from '../../src/shell/io.js';
import { tmpDir } from '../helpers/tmp.js';
import { rejection } from '../helpers/rejection.js';
import { RingformError } from '../../src/errors.js';

const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function orgFile(yaml: string): Promise<string> {
  const dir = await tmpDir();
  await writeFile(path.join(dir, 'org.yaml'), yaml);
  return dir;
}

const myoYaml = (url: string) => `version: 1\nprovider:\n  type: myoperator\n  endpoint: ${url}\n  credentials:\n    tokenEnv: MYO_TOKEN\n`;

describe('ringform probe (command)', () => {
  it('NetSapiens example org against the normal emulator: exit 0; against evidence-only after users exist: exit 2, as JSON', async () => {
    const example = await readFile(path.join(import.meta.dirname, '../../examples/netsapiens/org.yaml'), 'utf8');
    for (const evidenceOnly of [false, true]) {
      const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true, evidenceOnly });
      closers.push(() => emu.close());
      emu.state.domains.get('example.com')!.users.set('1001', { user: '1001', 'email-address': 'someone@example.com', 'name-first-name': 'Some' });
      const dir = await orgFile(example.replace('http://127.0.0.1:18080/ns-api/v2', emu.url));
      const io = memoryIO({ cwd: dir, env: { NS_API_KEY: 'demo-key' } });
      expect(await probe({ file: 'org.yaml', format: 'json', verbose: false }, io)).toBe(evidenceOnly ? EXIT.changes : EXIT.ok);
      const report = JSON.parse(io.out());
      expect(report.counts.differs).toBe(evidenceOnly ? 2 : 0);
      expect(io.out()).not.toContain('someone@example.com');
      expect(emu.log.requests().every((r) => r.method === 'GET')).toBe(true);
    }
  });

  it('Markdown for a bug report: one table row per assumption', async () => {
    const emu = await startMyoperatorEmulator({ port: 0, tokens: ['tok-1'] });
    closers.push(() => emu.close());
    const dir = await orgFile(myoYaml(emu.url));
    const io = memoryIO({ cwd: dir, env: { MYO_TOKEN: 'tok-1' } });
    expect(await probe({ file: 'org.yaml', format: 'markdown', verbose: false }, io)).toBe(EXIT.ok);
    const rows = io.out().split('\n').filter((l) => /^\| (Holds|Differs|Could not check) \|/.test(l));
    expect(rows).toHaveLength(33);
    expect(io.out()).toContain('| Could not check | `GET /user` | response | `data[].extension` | the list is empty: nothing to look at |');
  });

  it('refused credentials: exit 1 with the fix, the token never shown, nothing probed further', async () => {
    const emu = await startMyoperatorEmulator({ port: 0, tokens: ['right-token'] });
    closers.push(() => emu.close());
    const dir = await orgFile(myoYaml(emu.url));
    const io = memoryIO({ cwd: dir, env: { MYO_TOKEN: 'wrong-token-value' } });
    expect((await rejection(probe({ file: 'org.yaml', format: 'text', verbose: false }, io), RingformError)).message).toMatch(/refused the credentials.*check provider\.credentials/);
    expect(emu.log.requests()).toHaveLength(1);
    expect(io.out() + io.err()).not.toContain('wrong-token-value');
  });

  it('a vendor without an API (sandbox) is refused with the list of vendors it checks', async () => {
    const dir = await orgFile('version: 1\nprovider:\n  type: sandbox\n');
    expect((await rejection(probe({ file: 'org.yaml', format: 'text', verbose: false }, memoryIO({ cwd: dir })), RingformError)).message).toMatch(/probe checks netsapiens, smartflo, myoperator/);
  });
});
