/**
 * `ringform emulate` input mistakes are errors, not crashes (issue 12, item 6): through the real CLI, each
 * prints one line naming the problem and exits 1. `--help` and the README document the whole --faults
 * grammar and the seed format; every example seed starts its emulator; the banner says which faults are on.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { emulate } from '../../src/cli/commands/emulate.js';
import { memoryIO } from '../../src/shell/io.js';
import { FAULT_KINDS, FAULT_OPTIONS } from '../../src/emulators/faults.js';
import { EMULATED_VENDORS } from '../../src/emulators/registry.js';
import { EXIT } from '../../src/errors.js';
import { REPO, ringform } from '../reliability/cli.js';
import { tmpDir } from '../helpers/tmp.js';

const holders: Server[] = [];
afterEach(() => {
  while (holders.length) holders.pop()!.close();
});

async function run(args: string[]) {
  const child = ringform(['emulate', ...args], {});
  // A mistake ends the process; an emulator that started by mistake is stopped so the test fails, not hangs.
  const timer = setTimeout(() => child.process.kill('SIGTERM'), 15_000);
  const { code } = await child.exited;
  clearTimeout(timer);
  return { code, out: child.stdout(), err: child.stderr() };
}

function expectOneLine(r: { code: number | null; out: string; err: string }, message: string | RegExp) {
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/this is a bug|\n\s+at /);
}

describe('ringform emulate: input mistakes are one-line errors', () => {
  it('a port in use', async () => {
    const holder = createServer();
    holders.push(holder);
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    expectOneLine(await run(['netsapiens', '--port', String(port)]), `Error: port ${port} on 127.0.0.1 is in use`);
  });

  it.each(['abc', '70000', '-1', '1.5'])('--port %s', async (port) => {
    expectOneLine(await run(['smartflo', `--port=${port}`]), `Error: --port ${port}: give a whole number from 0 to 65535`);
  });

  it.each([
    ['rate=2', 'rate=2 must be a number in [0, 1]'],
    ['kinds=418', 'unknown fault kind "418"'],
    ['colour=blue', 'unknown fault option "colour"'],
    ['rate', 'not key=value'],
  ])('--faults %s', async (spec, message) => {
    const r = await run(['myoperator', '--faults', spec]);
    expectOneLine(r, message);
    expect(r.err).toContain('--faults');
  });

  it.each(EMULATED_VENDORS)('%s: a missing --seed file, and a malformed one', async (vendor) => {
    const dir = await tmpDir();
    expectOneLine(await run([vendor, '--seed', path.join(dir, 'nope.json')]), `Error: seed file ${path.join(dir, 'nope.json')} not found`);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{"domains": ');
    expectOneLine(await run([vendor, '--seed', bad]), `Error: seed file ${bad} is not valid JSON`);
    await writeFile(bad, '[1, 2]');
    expectOneLine(await run([vendor, '--seed', bad]), `Error: seed file ${bad}: a `);
  });

  it('a seed whose objects the emulator refuses names the object', async () => {
    const seed = path.join(await tmpDir(), 'seed.json');
    await writeFile(seed, JSON.stringify({ users: [{ name: 'A', contact_number: '1', email: 'a@x.com', extension: '11' }, { name: 'B', contact_number: '2', email: 'b@x.com', extension: '11' }] }));
    expectOneLine(await run(['myoperator', '--seed', seed]), /Error: seed users\[1\]: extension already exists/);
  });
});

describe('ringform emulate: the documentation is complete', () => {
  it('--help and the README give every --faults option and kind, and the seed format of every vendor', async () => {
    const help = (await run(['--help'])).out;
    const readme = await readFile(path.join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Emulator faults and seeds'));
    expect(readme).toContain('### Emulator faults and seeds');
    for (const text of [help, section.slice(0, section.indexOf('\n## '))]) {
      for (const option of FAULT_OPTIONS) expect(text).toContain(`${option}=`);
      for (const kind of FAULT_KINDS) expect(text).toMatch(new RegExp(`^\\s*\\|?\\s*\`?${kind}\\b`, 'm'));
      expect(text).toContain('examples/emulate/');
      for (const vendor of EMULATED_VENDORS) expect(text).toMatch(new RegExp(`^\\s*\\|?\\s*\`?${vendor}\\b.*\\{`, 'm'));
    }
  });
});

describe('ringform emulate: example seeds and the banner', () => {
  const probes: Record<string, (url: string) => { url: string; headers: Record<string, string>; expect: RegExp }> = {
    netsapiens: (url) => ({ url: `${url}/domains/example.com/callqueues/2000/agents`, headers: { authorization: 'Bearer k' }, expect: /1002@example\.com/ }),
    myoperator: (url) => ({ url: `${url}/user?token=k`, headers: {}, expect: /Arjun Nair/ }),
    smartflo: (url) => ({ url: `${url}/v1/my_number`, headers: { authorization: 'Bearer k' }, expect: /^(?!.*Support line).*Main line/s }),
  };

  it.each(EMULATED_VENDORS)('examples/emulate/%s-seed.json starts the emulator with its objects; faults are announced', async (vendor) => {
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const io = memoryIO();
    const seedFile = path.join(REPO, 'examples/emulate', `${vendor}-seed.json`);
    const running = emulate({ vendor, port: '0', token: 'k', seedFile, faults: 'schedule=ok,methods=DELETE', until }, io);
    try {
      await expect.poll(() => io.out() + io.err(), { timeout: 10_000 }).toContain('Press Ctrl-C');
      expect(io.out()).toContain('Faults on: schedule ok, repeating (DELETE only)');
      const url = /listening on (\S+)/.exec(io.out())![1]!;
      const probe = probes[vendor]!(url);
      const res = await request(probe.url, { headers: probe.headers });
      expect(await res.body.text()).toMatch(probe.expect);
    } finally {
      stop();
    }
    expect(await running).toBe(EXIT.ok);
  });

  it('the banner says nothing about faults when none are asked for', async () => {
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const io = memoryIO();
    const running = emulate({ vendor: 'myoperator', port: 0, until }, io);
    await expect.poll(() => io.err(), { timeout: 10_000 }).toContain('Press Ctrl-C');
    stop();
    await running;
    expect(io.out()).not.toContain('Faults');
  });
});
