/**
 * The whole-read deadline grows with the pace on Smartflo too: the read sends one detail request per listed
 * user (GET /v1/user/{id}: the list has no email), announces them, and the deadline moves out by twice their
 * time at the provider's rate; an explicit RINGFORM_READ_DEADLINE_SECONDS does not move. As for NetSapiens
 * (test/providers/netsapiens/read-deadline.test.ts) the tests rest on a lower bound the pace sets (30 detail
 * requests and the listings at 20/s cannot finish in under 1.5 s), not on how fast the machine is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loginEnv, smartfloConfig } from '../../conformance/smartflo.harness.js';
import { createSmartfloProvider } from '../../../src/providers/smartflo/index.js';
import { newUser, start } from '../../emulators/smartflo/helpers.js';
import { rejection } from '../../helpers/rejection.js';
import { VendorDataError } from '../../../src/providers/vendor-data.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function pacedRead(env: Record<string, string>, readDeadlineMs?: number) {
  const emu = await start(); // closed by the helpers' afterEach
  for (let i = 0; i < 30; i++) expect((await emu.call('POST', '/v1/user', newUser())).status).toBeLessThan(300);
  const login = loginEnv(emu);
  const provider = createSmartfloProvider(smartfloConfig(emu.url, login.credentials), {
    env: { ...login.env, ...env },
    http: { limits: { ratePerSecond: 20, concurrency: 4 } },
    ...(readDeadlineMs === undefined ? {} : { readDeadlineMs }),
  });
  stops.push(async () => provider.close?.());
  return { emu, read: () => provider.read() };
}

describe('Smartflo: whole-read deadline and the pace', () => {
  it('a read the pace makes longer than the deadline finishes: the deadline grew by twice the detail requests at the rate', async () => {
    // At least 33 gaps of 50 ms (1.65 s) against a 0.8 s deadline before it grows; grown: 0.8 + 2 × 30 / 20 = 3.8 s.
    const { emu, read } = await pacedRead({}, 800);
    const live = await read();
    expect(live.users.length).toBeGreaterThanOrEqual(30);
    expect(emu.log.requests().filter((r) => r.method === 'GET' && /^\/v1\/user\/\d+$/.test(r.path)).length).toBeGreaterThanOrEqual(30);
  }, 20_000);

  it('an explicit RINGFORM_READ_DEADLINE_SECONDS does not grow', async () => {
    const { read } = await pacedRead({ RINGFORM_READ_DEADLINE_SECONDS: '0.8' });
    const error = await rejection(read(), VendorDataError);
    expect(error.message).toMatch(/whole-read deadline (of 0.8 s|passed)/);
  }, 20_000);
});
