/** `ringform emulate VENDOR`: each emulator starts on 127.0.0.1, prints its URL, honours --token, and stops. */
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { emulate } from '../../src/cli/commands/emulate.js';
import { memoryIO } from '../../src/shell/io.js';
import { EXIT } from '../../src/errors.js';

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
