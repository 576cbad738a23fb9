/**
 * Issue 18 task: the whole-read deadline grows with the pace. A NetSapiens read announces its answer-rule
 * lists (one per user) and the deadline moves out by twice their time at the provider's rate; an explicit
 * RINGFORM_READ_DEADLINE_SECONDS does not move. The emulator tests rest on a lower bound the pace sets (35
 * requests at 20/s cannot finish in under 1.7 s), not on how fast the machine is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startNetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import { createNetsapiensProvider } from '../../../src/providers/netsapiens/index.js';
import { withReadDeadline } from '../../../src/providers/read-guard.js';
import { NETSAPIENS_DOMAIN, netsapiensConfig } from '../../conformance/netsapiens.harness.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.useRealTimers();
  while (stops.length) await stops.pop()!();
});

const users = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ user: String(1001 + i), 'name-first-name': 'P', 'name-last-name': String(i), 'user-scope': 'Call Center Agent', 'email-address': `u${i}@example.com` }));

/** 30 users read without a scope (every user's answer rules): 5 listings + 30 answer-rule lists at 20 requests/s. */
async function pacedRead(env: Record<string, string>, readDeadlineMs?: number) {
  const emu = await startNetsapiensEmulator({ port: 0, domain: NETSAPIENS_DOMAIN, seed: { domains: { [NETSAPIENS_DOMAIN]: { users: users(30) } } } });
  stops.push(() => emu.close());
  const provider = createNetsapiensProvider(netsapiensConfig(emu.url, { tokenEnv: 'T' }), {
    env: { T: emu.token, ...env },
    http: { limits: { ratePerSecond: 20, concurrency: 4 } },
    ...(readDeadlineMs === undefined ? {} : { readDeadlineMs }),
  });
  stops.push(async () => provider.close?.());
  return { emu, read: () => provider.read() };
}

describe('whole-read deadline and the pace', () => {
  it('a read the pace makes longer than the deadline finishes: the deadline grew by twice the answer-rule lists at the rate', async () => {
    // At least 34 gaps of 50 ms (1.7 s) against a 0.8 s deadline before it grows; grown: 0.8 + 2 × 30 / 20 = 3.8 s.
    const { emu, read } = await pacedRead({}, 800);
    const live = await read();
    expect(live.users).toHaveLength(30);
    expect(emu.log.requests().filter((r) => r.path.endsWith('/answerrules'))).toHaveLength(30);
  }, 20_000);

  it('an explicit RINGFORM_READ_DEADLINE_SECONDS does not grow', async () => {
    const { read } = await pacedRead({ RINGFORM_READ_DEADLINE_SECONDS: '0.8' });
    await expect(read()).rejects.toThrow(/whole-read deadline (of 0.8 s\.|passed)/);
  }, 20_000);

  describe('withReadDeadline (fake clock)', () => {
    const run = (sleepMs: number, env: NodeJS.ProcessEnv, rate: number) =>
      withReadDeadline(
        'netsapiens',
        async (_at, deadline) => {
          deadline.expect(100, 'answer-rule requests');
          await new Promise((resolve) => setTimeout(resolve, sleepMs));
          return 'read';
        },
        env,
        { ratePerSecond: rate },
      );

    it('grows by twice the announced requests at the rate, and says so when it passes', async () => {
      vi.useFakeTimers();
      const within = run(919_000, {}, 10);
      await vi.advanceTimersByTimeAsync(919_000);
      await expect(within).resolves.toBe('read');
      const past = run(921_000, {}, 10);
      const failed = expect(past).rejects.toThrow(
        'the read did not finish within the whole-read deadline of 920 s (900 s, plus 20 s: twice the time 100 answer-rule requests take at 10 requests/s)',
      );
      await vi.advanceTimersByTimeAsync(921_000);
      await failed;
    });

    it.each([
      ['an explicit deadline', { RINGFORM_READ_DEADLINE_SECONDS: '900' }, 10],
      ['no pace (rate 0)', {}, 0],
    ])('%s does not grow', async (_name, env, rate) => {
      vi.useFakeTimers();
      const past = run(901_000, env, rate);
      const failed = expect(past).rejects.toThrow(/whole-read deadline of 900 s\. /);
      await vi.advanceTimersByTimeAsync(901_000);
      await failed;
    });
  });
});
