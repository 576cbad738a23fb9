import { describe, expect, it } from 'vitest';
import { DOMAIN, alice, start } from './helpers.js';
import { rejection } from '../../helpers/rejection.js';
import { errors } from 'undici';

const users = `/domains/${DOMAIN}/users`;

describe('NetSapiens emulator: injected faults', () => {
  it('429 carries Retry-After and the {code,message} body; 500 and 503 follow the schedule', async () => {
    const emu = await start({ faults: 'schedule=429,500,503,ok,retry-after=7' });
    const r429 = await emu.call('GET', users);
    expect(r429.status).toBe(429);
    expect(r429.headers['retry-after']).toBe('7');
    expect(r429.body).toEqual({ code: 429, message: expect.any(String) });
    expect((await emu.call('GET', users)).status).toBe(500);
    expect((await emu.call('GET', users)).status).toBe(503);
    expect((await emu.call('GET', users)).status).toBe(200);
    expect(emu.log.requests().map((r) => [r.status, r.fault])).toEqual([[429, '429'], [500, '500'], [503, '503'], [200, undefined]]);
  });

  it('latency delays, then serves normally', async () => {
    const emu = await start({ faults: 'schedule=latency,latency-ms=150' });
    const t0 = Date.now();
    expect((await emu.call('GET', users)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('reset drops the connection: the client sees a socket error', async () => {
    const emu = await start({ faults: 'schedule=reset' });
    expect((await rejection(emu.call('GET', users), errors.SocketError)).message).toMatch(/socket|closed|terminated/i);
    expect(emu.log.requests()[0]).toMatchObject({ status: null, fault: 'reset' });
  });

  it('lost-create performs the create but never answers', async () => {
    const emu = await start({ faults: 'schedule=lost-create' });
    await rejection(emu.call('POST', users, alice()), errors.SocketError);
    emu.faults(null);
    expect((await emu.call('GET', `${users}/1001`)).status).toBe(200);
    expect((await emu.call('POST', users, alice())).status).toBe(409); // the retry meets the create that happened
  });

  it('a seeded random run injects the same faults each time', async () => {
    const run = async () => {
      const emu = await start({ faults: 'rate=0.5,kinds=429+500+503,seed=7' });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await emu.call('GET', `${users}/count`)).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.some((s) => s !== 200)).toBe(true);
  });
});
