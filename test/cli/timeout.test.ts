/**
 * `--timeout`: a vendor that takes the request and never answers (the emulator's `hang` fault) ends the
 * command after the timeout with one error line naming the request and what to check, instead of a
 * blank screen for minutes. Real process, real HTTP on 127.0.0.1.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { EXIT } from '../../src/errors.js';
import { tmpDir } from '../helpers/tmp.js';
import { ringform } from '../reliability/cli.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function orgAgainst(url: string): Promise<string> {
  const dir = await tmpDir('ringform-timeout-');
  const example = await readFile(path.join(import.meta.dirname, '../../examples/netsapiens/org.yaml'), 'utf8');
  const file = path.join(dir, 'org.yaml');
  await writeFile(file, example.replace('http://127.0.0.1:18080/ns-api/v2', url));
  return file;
}

describe('--timeout against a vendor that never answers', () => {
  it('plan fails after the timeout, naming the request (no secrets) and what to check; the request is not retried', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key-secret'], faults: 'schedule=hang,methods=GET' });
    stops.push(() => emu.close());
    const file = await orgAgainst(emu.url);
    const child = ringform(['--timeout', '400ms', 'plan', file], { NS_API_KEY: 'demo-key-secret' });
    const { code } = await child.exited;
    const err = child.stderr();
    expect(code, err).toBe(EXIT.error);
    expect(err).toMatch(/\[netsapiens\] GET \/domains\/example\.com\/\S+ timed out after 400 ms: the vendor took the request but did not answer/);
    expect(err).toContain(`Check that ${new URL(emu.url).origin} is the vendor's API`);
    expect(err).toContain('--timeout');
    expect(err).not.toContain('demo-key-secret');
    expect(err).not.toMatch(/\n\s+at /);
    // Each read started once (users, devices, timeframes, call queues in parallel): none was sent again.
    const paths = emu.log.requests().map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('refuses a timeout that is not a duration, before reading anything', async () => {
    const child = ringform(['--timeout', 'soon', 'plan', 'org.yaml'], {});
    const { code } = await child.exited;
    expect(code).toBe(EXIT.error);
    expect(child.stderr()).toContain("option '--timeout <duration>' argument 'soon' is invalid. a duration such as 30s, 2m or 500ms");
  });
});
