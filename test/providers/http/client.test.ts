import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, type RequestLogEntry } from '../../../src/providers/http/client.js';
import { AuthError, ConflictError, NetworkError, NotFoundError, RateLimitedError, RequestTimeoutError, ResponseTooLargeError, VendorError } from '../../../src/providers/http/errors.js';
import { scriptedServer, type Reply } from './server.js';
import { rejection } from '../../helpers/rejection.js';
import { RingformError } from '../../../src/errors.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

async function setup(replies: Reply[], extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) {
  const server = await scriptedServer(replies);
  const sleeps: number[] = [];
  const log: RequestLogEntry[] = [];
  // A clock that moves only when the client sleeps: waits are exact and no test waits for real.
  let clock = 0;
  const client = new HttpClient({
    vendor: 'test',
    baseUrl: server.url,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    now: () => clock,
    random: () => 0.5,
    onLog: (e) => log.push(e),
    ...extra,
  });
  cleanup.push(() => server.close(), () => client.close());
  return { server, client, sleeps, log };
}

describe('HttpClient', () => {
  it('sends JSON and parses JSON', async () => {
    const { client, server } = await setup([{ status: 200, body: { ok: 1 } }]);
    const res = await client.request({ method: 'PUT', path: '/users/1', json: { name: 'A' }, query: { x: 1 } });
    expect(res.body).toEqual({ ok: 1 });
    expect(server.seen[0]).toMatchObject({ method: 'PUT', url: '/api/users/1?x=1', body: '{"name":"A"}' });
    expect(server.seen[0]!.headers['content-type']).toBe('application/json');
  });

  it('joins paths to a base URL with or without a path or trailing slash', async () => {
    const { server } = await setup([{ status: 200, body: {} }]);
    const origin = server.url.replace(/\/api$/, '');
    for (const base of [origin, `${origin}/`, `${origin}/api/`]) {
      const client = new HttpClient({ vendor: 'test', baseUrl: base });
      cleanup.push(() => client.close());
      await client.request({ method: 'GET', path: '/user' });
    }
    expect(server.seen.map((s) => s.url)).toEqual(['/user', '/user', '/api/user']);
  });

  it('sends form bodies', async () => {
    const { client, server } = await setup([{ status: 200, body: {} }]);
    await client.request({ method: 'PUT', path: '/user', form: { uuid: 'u 1', receive_calls: '1' } });
    expect(server.seen[0]!.body).toBe('uuid=u+1&receive_calls=1');
    expect(server.seen[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('honours Retry-After on 429, then succeeds', async () => {
    const { client, sleeps } = await setup([
      { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '2' } },
      { status: 200, body: [1] },
    ]);
    expect((await client.request({ method: 'GET', path: '/x' })).body).toEqual([1]);
    // 2 s, plus jitter: random() = 0.5 of a tenth of the wait.
    expect(sleeps).toEqual([2100]);
  });

  it('backs off exponentially with jitter on 503 and connection resets', async () => {
    const { client, sleeps } = await setup([{ status: 503 }, { reset: true }, { status: 502 }, { status: 200, body: {} }]);
    await client.request({ method: 'GET', path: '/x' });
    // random() = 0.5 → half of 200·2^n
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('gives up after the retry budget with a named error carrying the vendor message', async () => {
    const { client, server } = await setup([{ status: 429, body: { message: 'quota' }, headers: { 'retry-after': '1' } }], { retry: { retries: 2 } });
    const error = await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as Error).message).toBe('[test] GET /x 429 rate limited: quota');
    expect(server.seen).toHaveLength(3);
  });

  it('refuses a Retry-After longer than the cap instead of hanging, and says so', async () => {
    const { client, server, sleeps } = await setup([{ status: 429, headers: { 'retry-after': '3600' } }]);
    const error = await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as Error).message).toBe(
      '[test] GET /x 429 rate limited: the vendor asked to wait 60 min, longer than ringform waits (60 s). Try again later, or lower the request rate (--rate, or provider.limits.rate in org.yaml)',
    );
    expect(server.seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('reads a wait from the body when the vendor gives one there and no header (retryAfterInBody)', async () => {
    const retryAfterInBody = (b: unknown) => (typeof b === 'object' && b !== null && 'retry_after' in b ? String((b as { retry_after: unknown }).retry_after) : null);
    const { client, sleeps } = await setup([{ status: 429, body: { retry_after: 3 } }, { status: 429, body: { retry_after: 9 }, headers: { 'retry-after': '1' } }, { status: 200, body: {} }], { retryAfterInBody });
    await client.request({ method: 'GET', path: '/x' });
    // The body's 3 s, then the header's 1 s over the body's 9 (each plus half a tenth of jitter).
    expect(sleeps).toEqual([3150, 1050]);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    // The test clock starts at 0: the epoch. Three seconds later, in IMF-fixdate form.
    const { client, sleeps } = await setup([{ status: 429, headers: { 'retry-after': new Date(3000).toUTCString() } }, { status: 200, body: {} }]);
    await client.request({ method: 'GET', path: '/x' });
    expect(sleeps).toEqual([3000 + 150]);
  });

  it('maps statuses to named errors', async () => {
    const { client } = await setup([
      { status: 401, body: { code: 401, message: 'bad token' } },
      { status: 404, body: { code: 404, message: 'nope' } },
      { status: 409, body: { code: 409, message: 'UID already exists.' } },
      { status: 400, body: { code: 400, message: 'bad scope' } },
    ]);
    await expect(client.request({ method: 'GET', path: '/a' })).rejects.toBeInstanceOf(AuthError);
    await expect(client.request({ method: 'GET', path: '/b' })).rejects.toBeInstanceOf(NotFoundError);
    await rejection(client.request({ method: 'POST', path: '/c', json: {} }), ConflictError);
    expect((await rejection(client.request({ method: 'PUT', path: '/d', json: {} }), RingformError)).message).toMatch('[test] PUT /d 400 failed: bad scope');
  });

  it('never retries a POST after a 5xx or reset: the vendor may have acted', async () => {
    const { client, server } = await setup([{ status: 503 }, { status: 200, body: {} }]);
    await expect(client.request({ method: 'POST', path: '/users', json: {} })).rejects.toBeInstanceOf(VendorError);
    expect(server.seen).toHaveLength(1);
  });

  it('retries a POST on 429, which says the vendor did not act', async () => {
    const { client, server } = await setup([{ status: 429, headers: { 'retry-after': '0' } }, { status: 201, body: { id: 1 } }]);
    expect((await client.request({ method: 'POST', path: '/users', json: {} })).status).toBe(201);
    expect(server.seen).toHaveLength(2);
  });

  it('createOnce reads back after a lost response and does not create twice', async () => {
    const { client, server } = await setup([{ reset: true }]);
    let lookups = 0;
    const result = await client.createOnce({ method: 'POST', path: '/users', json: { user: '101' } }, async () => {
      lookups++;
      return { user: '101' };
    });
    expect(result).toEqual({ recovered: { user: '101' } });
    expect(lookups).toBe(1);
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1);
  });

  it('createOnce re-creates when the read-back finds nothing', async () => {
    const { client, server } = await setup([{ reset: true }, { status: 200, body: { user: '101' } }]);
    const result = await client.createOnce({ method: 'POST', path: '/users', json: {} }, async () => null);
    expect(result).toMatchObject({ status: 200 });
    expect(server.seen).toHaveLength(2);
  });

  it('refreshes credentials once on 401', async () => {
    let token = 'old-token-value';
    const { client, server } = await setup([{ status: 401 }, { status: 200, body: {} }], {
      auth: {
        headers: async () => ({ authorization: `Bearer ${token}` }),
        refresh: async () => {
          token = 'new-token-value';
          return true;
        },
      },
    });
    await client.request({ method: 'GET', path: '/x' });
    expect(server.seen.map((s) => s.headers.authorization)).toEqual(['Bearer old-token-value', 'Bearer new-token-value']);
  });

  it('turns an HTML error page and truncated JSON into named errors', async () => {
    const { client } = await setup([
      { status: 200, raw: '<html><body>Gateway down</body></html>', headers: { 'content-type': 'text/html' } },
      { status: 200, raw: '{"users": [1, 2' },
    ]);
    expect((await rejection(client.request({ method: 'GET', path: '/a' }), RingformError)).message).toMatch('not JSON: Gateway down');
    await expect(client.request({ method: 'GET', path: '/b' })).rejects.toBeInstanceOf(VendorError);
  });

  it('turns a 200 with an error envelope into a VendorError', async () => {
    const { client } = await setup([{ status: 200, body: { status: 'error', message: 'not an authorized request' } }], {
      errorEnvelope: (b) => ((b as { status?: string }).status === 'error' ? String((b as { message?: string }).message) : null),
    });
    expect((await rejection(client.request({ method: 'GET', path: '/user' }), RingformError)).message).toMatch('answered with an error: not an authorized request');
  });

  it('ends a request with no answer within the timeout in a RequestTimeoutError naming it, and does not retry it', async () => {
    // The server takes the request and never answers (the vendor behind a stuck load balancer).
    const { client, server, log } = await setup([() => undefined, { status: 200, body: { ok: true } }], { totalTimeoutMs: 150 });
    const error = (await client.request({ method: 'GET', path: '/users', query: { start: 0, token: 'sekret-123' } }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toMatch(/^\[test\] GET \/users\?start=0&token=\[REDACTED\] timed out after 150 ms: /);
    expect(error.message).toContain(`Check that ${new URL(server.url).origin} is the vendor's API`);
    expect(error.message).toContain('--timeout');
    expect(error.message).not.toContain('sekret');
    expect(server.seen).toHaveLength(1);
    expect(log).toMatchObject([{ status: null, error: 'timed out after 150 ms' }]);
  });

  it('times out a body that stops half way, too', async () => {
    const { client } = await setup([(_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"id":');
    }], { totalTimeoutMs: 150 });
    await rejection(client.request({ method: 'GET', path: '/users' }), RequestTimeoutError);
  });

  it('stops reading a body over the cap with a ResponseTooLargeError (declared length, or streamed without one)', async () => {
    const big = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, name: 'x'.repeat(20) })));
    const { client } = await setup([{ status: 200, raw: big }], { maxBodyBytes: 1024 });
    expect((await rejection(client.request({ method: 'GET', path: '/users' }), RingformError)).message).toMatch(/GET \/users 200 answered with more than 1024 bytes; ringform stopped reading/);
    let written = 0;
    const streamed = await setup([(_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && written < 64 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
        if (!res.destroyed && written < 64 * 1024 * 1024) res.once('drain', pump);
      };
      res.on('close', () => undefined);
      pump();
    }], { maxBodyBytes: 1024 * 1024 });
    const error = await streamed.client.request({ method: 'GET', path: '/users' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(String(error)).toContain('more than 1 MiB');
    expect(streamed.server.seen).toHaveLength(1);
    // Reading stopped near the cap: the server could not push its 64 MiB.
    expect(written).toBeLessThan(32 * 1024 * 1024);
  });

  it('refuses a body past the default cap of 64 MiB from its declared length', async () => {
    const cap = 64 * 1024 * 1024;
    const sized = (bytes: number) => (_req: unknown, _body: string, res: import('node:http').ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(bytes) });
      res.end(Buffer.alloc(bytes, 0x61));
    };
    const { client } = await setup([sized(cap + 1)]);
    expect((await rejection(client.request({ method: 'GET', path: '/export' }), RingformError)).message).toMatch('answered with more than 64 MiB');
  });

  it('reports connection failures as NetworkError', async () => {
    const client = new HttpClient({ vendor: 'test', baseUrl: 'http://127.0.0.1:1/api', retry: { retries: 0 } });
    cleanup.push(() => client.close());
    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toBeInstanceOf(NetworkError);
  });

  it('redacts secrets from the log and from errors', async () => {
    const { client, log } = await setup([{ status: 400, body: { message: 'token tok-CANARY-123 is bad' } }], {
      auth: { headers: async () => ({}), query: async () => ({ token: 'tok-CANARY-123' }) },
    });
    client.redactor.add('tok-CANARY-123');
    const error = (await client.request({ method: 'GET', path: '/user', query: { page: 1 } }).catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain('CANARY');
    expect(error.message).toContain('token=[REDACTED]');
    expect(JSON.stringify(log)).not.toContain('CANARY');
    expect(log[0]).toMatchObject({ method: 'GET', status: 400 });
  });

  it('refuses plain http off loopback unless insecure http is allowed', () => {
    expect(() => new HttpClient({ vendor: 'test', baseUrl: 'http://pbx.example.com/ns-api/v2' })).toThrow(/refusing plain http/);
    expect(() => new HttpClient({ vendor: 'test', baseUrl: 'http://pbx.example.com/ns-api/v2', insecureHttp: true })).not.toThrow();
  });

  it('keeps to the concurrency limit', async () => {
    let active = 0;
    let peak = 0;
    const slow: Reply = (_req, _body, res) => {
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active--;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      }, 20);
    };
    const { client } = await setup([slow], { limits: { concurrency: 2 } });
    await Promise.all(Array.from({ length: 8 }, () => client.request({ method: 'GET', path: '/x' })));
    expect(peak).toBe(2);
  });
});
