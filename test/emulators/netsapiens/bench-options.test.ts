/** The emulator's service limits for benchmarks: a latency on every reply, and a rate limit answered with 429. */
import { describe, expect, it } from 'vitest';
import { HttpClient } from '../../../src/providers/http/client.js';
import { RateLimiter } from '../../../src/emulators/netsapiens/server.js';
import { DOMAIN, start } from './helpers.js';

const users = `/domains/${DOMAIN}/users`;

describe('NetSapiens emulator: latencyMs and rateLimit', () => {
  it('delays every reply by latencyMs', async () => {
    const emu = await start({ latencyMs: 120 });
    const t0 = performance.now();
    expect((await emu.call('GET', users)).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(115);
    // Latency off again: the reply no longer waits 120 ms. Not a speed check (it used to assert < 115 ms, which a
    // loaded machine missed): the reply only has to beat a 10 s timer, which a loopback GET does however loaded.
    emu.limits({ latencyMs: 0 });
    const timer = new Promise<'timer'>((resolve) => setTimeout(() => resolve('timer'), 10_000).unref());
    const reply = await Promise.race([emu.call('GET', users), timer]);
    expect(reply === 'timer' ? reply : reply.status).toBe(200);
  });

  it('over rateLimit, answers 429 with Retry-After and the vendor {code,message} body, until tokens come back', async () => {
    const emu = await start({ rateLimit: 5 });
    const statuses: number[] = [];
    const replies = [];
    for (let i = 0; i < 7; i++) replies.push(await emu.call('GET', users));
    for (const r of replies) statuses.push(r.status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = replies[5]!;
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.body).toEqual({ code: 429, message: 'Too Many Requests' });
    expect(emu.log.requests().map((r) => r.status)).toEqual(statuses);
    await new Promise((resolve) => setTimeout(resolve, 450)); // 5/s: two tokens back
    expect((await emu.call('GET', users)).status).toBe(200);
    emu.limits({ rateLimit: null });
    for (let i = 0; i < 10; i++) expect((await emu.call('GET', users)).status).toBe(200);
  });

  it('a client paced at the same rate (HttpClient limits.ratePerSecond) is never refused', async () => {
    // A burst of 10 absorbs timer jitter; an unpaced client would spend it at once and meet 429s.
    const emu = await start({ rateLimit: 50, rateBurst: 10 });
    const client = new HttpClient({
      vendor: 'netsapiens',
      baseUrl: emu.url,
      auth: { headers: async () => ({ authorization: `Bearer ${emu.token}` }) },
      limits: { ratePerSecond: 50, concurrency: 4 },
      retry: { retries: 0 },
    });
    try {
      const t0 = performance.now();
      await Promise.all(Array.from({ length: 80 }, () => client.request({ method: 'GET', path: `${users}/count` })));
      const elapsed = performance.now() - t0;
      expect(emu.log.requests().filter((r) => r.status === 429)).toEqual([]);
      expect(emu.log.requests()).toHaveLength(80);
      expect(elapsed).toBeGreaterThanOrEqual(79 * 20 - 30);
    } finally {
      await client.close();
    }
  });

  it('an unpaced client meets 429s at the same limit (so the pacing above is what avoids them)', async () => {
    const emu = await start({ rateLimit: 50, rateBurst: 10 });
    const replies = await Promise.all(Array.from({ length: 30 }, () => emu.call('GET', `${users}/count`)));
    expect(replies.filter((r) => r.status === 429).length).toBeGreaterThan(0);
  });

  it('RateLimiter: a token bucket of one second by default, refilled continuously', () => {
    let now = 0;
    const limiter = new RateLimiter(10, undefined, () => now);
    expect(limiter.burst).toBe(10);
    for (let i = 0; i < 10; i++) expect(limiter.take()).toBeNull();
    expect(limiter.take()).toBe(1);
    now += 100;
    expect(limiter.take()).toBeNull();
    expect(limiter.take()).toBe(1);
    expect(() => new RateLimiter(0)).toThrow(/positive/);
  });
});
