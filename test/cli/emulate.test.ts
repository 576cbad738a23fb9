/** `ringform emulate VENDOR`: each emulator starts on 127.0.0.1, prints its URL, honours --token, and stops. */
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { emulate } from '../../src/cli/commands/emulate.js';
import { memoryIO } from '../../src/shell/io.js';
import { EXIT } from '../../src/errors.js';
import { rejection } from '../helpers/rejection.js';
import { RingformError } from '../../src/errors.js';

const probes: Record<string, (url: string, token: string) => { url: string; headers: Record<string, string> }> = {
  netsapiens: (url, token) => ({ url: `${url}/domains/example.com/users`, headers: { authorization: `Bearer ${token}` } }),
  smartflo: (url, token) => ({ url: `${url}/v1/users`, headers: { authorization: `Bearer ${token}` } }),
  myoperator: (url, token) => ({ url: `${url}/user?token=${token}`, headers: {} }),
};

describe.each(Object.keys(probes))('ringform emulate %s', (vendor) => {
  it('listens on 127.0.0.1, accepts the --token given, refuses another, and stops', async () => {
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const io = memoryIO();
    const running = emulate({ vendor, port: 0, token: 'demo-token-123', until }, io);
    await expect.poll(() => io.out(), { timeout: 10_000 }).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    const url = /listening on (\S+)/.exec(io.out())![1]!;
    const good = probes[vendor]!(url, 'demo-token-123');
    expect((await request(good.url, { headers: good.headers })).statusCode).toBe(200);
    const bad = probes[vendor]!(url, 'wrong-token-456');
    const refused = await request(bad.url, { headers: bad.headers });
    const text = await refused.body.text();
    // MyOperator refuses inside a 200, with its error envelope; the others with a status.
    const refusedInEnvelope = refused.statusCode === 200 && (JSON.parse(text) as { status?: string }).status === 'error';
    expect(refused.statusCode !== 200 || refusedInEnvelope).toBe(true);
    stop();
    expect(await running).toBe(EXIT.ok);
  });
});

describe.each(Object.keys(probes))('ringform emulate %s --rate-limit', (vendor) => {
  it('answers 429 with Retry-After once the bucket is spent, and says the limit is on', async () => {
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const io = memoryIO();
    const running = emulate({ vendor, port: 0, token: 'demo-token-123', rateLimit: '0.5', until }, io);
    await expect.poll(() => io.out(), { timeout: 10_000 }).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(io.out()).toContain('Rate limit on: 0.5 requests/s');
    const probe = probes[vendor]!(/listening on (\S+)/.exec(io.out())![1]!, 'demo-token-123');
    const statuses: number[] = [];
    let retryAfter: unknown;
    for (let i = 0; i < 2; i++) {
      const res = await request(probe.url, { headers: probe.headers });
      await res.body.text();
      statuses.push(res.statusCode);
      if (res.statusCode === 429) retryAfter = res.headers['retry-after'];
    }
    // A bucket of one request, then refused: a new token takes 2 s, far longer than two requests.
    expect(statuses).toEqual([200, 429]);
    expect(retryAfter).toBe('2');
    stop();
    expect(await running).toBe(EXIT.ok);
  });
});

it('ringform emulate --rate-limit refuses a rate that is not a positive number, naming the fix', async () => {
  const io = memoryIO();
  expect((await rejection(emulate({ vendor: 'netsapiens', port: 0, rateLimit: 'fast', until: Promise.resolve() }, io), RingformError)).message).toMatch(
    '--rate-limit "fast": give the requests per second the emulator accepts, a number above 0 (e.g. 10 or 0.5)',
  );
});
