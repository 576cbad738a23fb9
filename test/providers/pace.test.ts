/**
 * The pace in force (issue 15, item 5): --rate beats provider.limits beats the vendor's default, for each
 * HTTP provider; an invalid provider.limits is refused at its position with the fix; limits on a provider
 * without HTTP is a warning. The CLI test runs the real process against a real emulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { desiredChecksum } from '../../src/plan/checksum.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import type { ProviderConfig, ProviderType } from '../../src/model/org.js';
import { PACE as MYOPERATOR_PACE } from '../../src/providers/myoperator/pace.js';
import { PACE as NETSAPIENS_PACE } from '../../src/providers/netsapiens/pace.js';
import { describePace, rateText, resolvePace } from '../../src/providers/pace.js';
import { createProvider } from '../../src/providers/registry.js';
import { PACE as SMARTFLO_PACE } from '../../src/providers/smartflo/pace.js';
import { dedent, writeTmp } from '../config/tmp.js';
import { ringform } from '../reliability/cli.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

describe('vendor defaults', () => {
  it('each HTTP provider has a default pace with its source or marked as an assumption', () => {
    for (const pace of [NETSAPIENS_PACE, SMARTFLO_PACE, MYOPERATOR_PACE]) {
      expect(pace.rate).toBeGreaterThan(0);
      expect(pace.concurrency).toBeGreaterThanOrEqual(1);
      expect(pace.source).toMatch(/^\[(S|I): /);
    }
    // The figures the sources give: Smartflo under 3 a second, MyOperator 20 a minute.
    expect(SMARTFLO_PACE.rate).toBeLessThanOrEqual(3);
    expect(MYOPERATOR_PACE.rate * 60).toBeCloseTo(20);
  });
});

describe('resolvePace: --rate > provider.limits > default', () => {
  const vendor = { rate: 10, concurrency: 4, source: '[I: test]' };
  it('takes the default when nothing is set', () => {
    expect(resolvePace(vendor, undefined, undefined)).toEqual({ rate: 10, concurrency: 4, rateFrom: 'default', concurrencyFrom: 'default' });
    expect(resolvePace(vendor, { rate: null, concurrency: null }, undefined)).toEqual({ rate: 10, concurrency: 4, rateFrom: 'default', concurrencyFrom: 'default' });
  });
  it('takes provider.limits over the default, field by field', () => {
    expect(resolvePace(vendor, { rate: 2, concurrency: null }, undefined)).toEqual({ rate: 2, concurrency: 4, rateFrom: 'provider.limits', concurrencyFrom: 'default' });
    expect(resolvePace(vendor, { rate: null, concurrency: 1 }, undefined)).toEqual({ rate: 10, concurrency: 1, rateFrom: 'default', concurrencyFrom: 'provider.limits' });
  });
  it('takes --rate over provider.limits (concurrency stays org.yaml’s)', () => {
    expect(resolvePace(vendor, { rate: 2, concurrency: 1 }, 25)).toEqual({ rate: 25, concurrency: 1, rateFrom: '--rate', concurrencyFrom: 'provider.limits' });
  });
  it('says a slow rate as one request every n seconds', () => {
    expect(rateText(10)).toBe('10 requests/s');
    expect(rateText(1 / 3)).toBe('1 request every 3 s');
  });
});

describe('createProvider paces each HTTP provider', () => {
  const config = (type: ProviderType, limits?: ProviderConfig['limits']): ProviderConfig => ({
    type,
    endpoint: 'http://127.0.0.1:9/api',
    domain: 'example.com',
    credentials: { tokenEnv: 'RINGFORM_PACE_TEST_TOKEN', usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null },
    vendor: {},
    baseDir: process.cwd(),
    ...(limits ? { limits } : {}),
  });
  const defaults = { netsapiens: NETSAPIENS_PACE, smartflo: SMARTFLO_PACE, myoperator: MYOPERATOR_PACE } as const;

  it.each(Object.keys(defaults) as Array<keyof typeof defaults>)('%s: default, then provider.limits, then --rate', async (type) => {
    process.env.RINGFORM_PACE_TEST_TOKEN = 'pace-test-token';
    const seen: string[] = [];
    const onPace = (text: string) => void seen.push(text);
    await createProvider(config(type), { onPace });
    await createProvider(config(type, { rate: 2, concurrency: 1 }), { onPace });
    await createProvider(config(type, { rate: 2, concurrency: null }), { onPace, rate: 40 });
    const d = defaults[type];
    expect(seen).toEqual([
      describePace({ rate: d.rate, concurrency: d.concurrency, rateFrom: 'default', concurrencyFrom: 'default' }),
      'pace: 2 requests/s (from provider.limits), 1 at once (from provider.limits)',
      `pace: 40 requests/s (from --rate), ${d.concurrency} at once (the provider default)`,
    ]);
  });

  it('the sandbox and squaretalk are not paced (no HTTP)', async () => {
    const seen: string[] = [];
    await createProvider({ ...config('squaretalk'), endpoint: null }, { onPace: (t) => void seen.push(t) });
    expect(seen).toEqual([]);
  });
});

describe('provider.limits in org.yaml', () => {
  const org = (limits: string, type = 'netsapiens') =>
    writeTmp(
      'org.yaml',
      dedent(`
        version: 1
        provider:
          type: ${type}
          endpoint: https://pbx.example.com/ns-api/v2
          domain: acme.example.com
          limits: ${limits}
      `),
    );

  it('is read when valid', async () => {
    const result = await loadOrg(await org('{ rate: 0.5, concurrency: 2 }'));
    expect(result.ok && result.org.provider.limits).toEqual({ rate: 0.5, concurrency: 2 });
  });

  it('refuses a rate or concurrency out of range at its position, with the range as the fix', async () => {
    const result = await loadOrg(await org('{ rate: 0, concurrency: 100 }'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, message: d.message }))).toEqual([
      { code: 'RF106', line: 6, column: 19, message: 'provider.limits.rate must be at least 0.01, not 0' },
      { code: 'RF106', line: 6, column: 35, message: 'provider.limits.concurrency must be at most 64, not 100' },
    ]);
    expect(result.diagnostics[0]!.hint).toContain('from 0.01 (one every 100 s) to 1000');
    expect(result.diagnostics[1]!.hint).toContain('from 1 to 64');
  });

  it('refuses a rate that is not a number and a field it does not know', async () => {
    const result = await loadOrg(await org('{ rate: fast, burst: 3 }'));
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'RF103 6:19 provider.limits.rate must be a number, not a string',
      'RF101 6:25 unknown field "burst" in provider.limits',
    ]);
  });

  it('does not change the plan checksum: the pace never changes what apply does', async () => {
    const paced = await loadOrg(await org('{ rate: 0.5, concurrency: 2 }'));
    const plain = await loadOrg(await org('{}'));
    expect(paced.ok && plain.ok).toBe(true);
    if (!paced.ok || !plain.ok) return;
    expect(desiredChecksum({ ...paced.org, provider: { ...paced.org.provider, baseDir: '' } })).toBe(desiredChecksum({ ...plain.org, provider: { ...plain.org.provider, baseDir: '' } }));
    expect(desiredChecksum(paced.org)).not.toBe(desiredChecksum({ ...paced.org, provider: { ...paced.org.provider, domain: 'other.example.com' } }));
  });

  it('warns when set for a provider that makes no HTTP calls', async () => {
    const result = await loadOrg(await org('{ rate: 5 }', 'squaretalk'));
    expect(result.diagnostics.map((d) => `${d.code} ${d.severity} ${d.message}`)).toContain(
      'RF330 warning provider.limits has no effect: the squaretalk provider makes no HTTP calls',
    );
  });
});

describe('ringform --rate (real process, real emulator)', () => {
  it('--rate beats provider.limits.rate; concurrency still comes from org.yaml; --verbose says so', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['pace-cli-key'] });
    stops.push(() => emu.close());
    const file = await writeTmp(
      'org.yaml',
      dedent(`
        version: 1
        provider:
          type: netsapiens
          endpoint: ${emu.url}
          domain: example.com
          credentials: { tokenEnv: NS_PACE_KEY }
          limits: { rate: 5, concurrency: 2 }
      `),
    );
    const flagged = ringform(['--rate', '25', 'plan', file, '--verbose'], { NS_PACE_KEY: 'pace-cli-key' });
    expect((await flagged.exited).code).toBe(0);
    expect(flagged.stderr()).toContain('pace: 25 requests/s (from --rate), 2 at once (from provider.limits)');
    const refused = ringform(['plan', file, '--rate', '0'], { NS_PACE_KEY: 'pace-cli-key' });
    expect((await refused.exited).code).toBe(1);
    expect(refused.stderr()).toContain("option '--rate <n>' argument '0' is invalid. from 0.01 to 1000 requests per second");
  });
});
