import { describe, expect, it } from 'vitest';
import { FaultInjector, FaultSpecError, mulberry32, parseFaultSpec } from '../../src/emulators/faults.js';
import { RequestLog } from '../../src/emulators/request-log.js';

describe('parseFaultSpec', () => {
  it('parses rate, kinds, retry-after, latency-ms, seed and methods', () => {
    expect(parseFaultSpec('rate=0.2,kinds=429+503+500+latency+reset+lost-create,retry-after=1,latency-ms=200,seed=42,methods=get+POST')).toEqual({
      rate: 0.2, kinds: ['429', '503', '500', 'latency', 'reset', 'lost-create'], retryAfterSeconds: 1, latencyMs: 200, seed: 42, methods: ['GET', 'POST'],
    });
  });

  it('parses a schedule written with commas or pluses', () => {
    expect(parseFaultSpec('schedule=429,ok,ok,503').schedule).toEqual(['429', 'ok', 'ok', '503']);
    expect(parseFaultSpec('schedule=429+ok,seed=3').schedule).toEqual(['429', 'ok']);
  });

  it('knows hang, but injects it only when named: a spec without kinds draws from the others', () => {
    expect(parseFaultSpec('schedule=hang+ok').schedule).toEqual(['hang', 'ok']);
    expect(parseFaultSpec('rate=1,kinds=hang').kinds).toEqual(['hang']);
    expect(parseFaultSpec('rate=0.2').kinds).not.toContain('hang');
    expect(parseFaultSpec('rate=0.2').kinds).toContain('reset');
  });

  it('rejects unknown kinds, options and out-of-range numbers', () => {
    expect(() => parseFaultSpec('kinds=418')).toThrow(FaultSpecError);
    expect(() => parseFaultSpec('colour=blue')).toThrow(/unknown fault option/);
    expect(() => parseFaultSpec('rate=2')).toThrow(/rate=2/);
  });
});

describe('FaultInjector', () => {
  const get = { method: 'GET', path: '/x' };
  const post = { method: 'POST', path: '/x' };

  it('is reproducible for a seed', () => {
    const run = () => {
      const f = new FaultInjector(parseFaultSpec('rate=0.5,kinds=429+500+reset,seed=42'));
      return Array.from({ length: 50 }, () => f.decide(get)?.kind ?? 'ok');
    };
    expect(run()).toEqual(run());
    expect(new Set(run()).size).toBeGreaterThan(1);
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });

  it('cycles a schedule and only gives lost-create to creates', () => {
    const f = new FaultInjector(parseFaultSpec('schedule=429,ok,lost-create'));
    expect([f.decide(get)?.kind, f.decide(get), f.decide(get), f.decide(post)?.kind, f.decide(post), f.decide(post)?.kind]).toEqual([
      '429', null, null, '429', null, 'lost-create',
    ]);
  });

  it('limits faults to the given methods', () => {
    const f = new FaultInjector(parseFaultSpec('rate=1,kinds=500,methods=POST'));
    expect(f.decide(get)).toBeNull();
    expect(f.decide(post)?.kind).toBe('500');
  });
});

describe('RequestLog', () => {
  it('never stores credentials', () => {
    const log = new RequestLog();
    log.record({ method: 'POST', path: '/tokens', query: {}, body: { client_secret: 's', password: 'p', refresh_token: 'r', username: 'u' } });
    expect(log.requests()[0]!.body).toEqual({ client_secret: '[redacted]', password: '[redacted]', refresh_token: '[redacted]', username: 'u' });
    log.clear();
    expect(log.requests()).toEqual([]);
  });
});
