/**
 * `ringform probe` against each vendor's emulator (real HTTP on 127.0.0.1), in the normal and the evidence-only
 * mode: an org is applied first (so lists have items), then the probe runs. It sends GET requests only; the
 * normal mode mostly holds, the evidence-only mode shows the differences; no value of the tenant reaches a report.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Provider } from '../../src/contract/provider.js';
import { startMyoperatorEmulator } from '../../src/emulators/myoperator/index.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import type { RequestLog } from '../../src/emulators/request-log.js';
import type { Org, ProviderConfig } from '../../src/model/org.js';
import { isSourced } from '../../src/providers/evidence.js';
import { createMyoperatorProvider } from '../../src/providers/myoperator/index.js';
import { createNetsapiensProvider } from '../../src/providers/netsapiens/index.js';
import { createSmartfloProvider } from '../../src/providers/smartflo/index.js';
import { assumptionsOf } from '../../src/probe/assumptions.js';
import { openProbe, PROBE_FORMATS, renderProbe, runProbe, type ProbeReport } from '../../src/probe/index.js';
import { keyOf } from '../../src/probe/types.js';
import { converge } from '../conformance/converge.js';
import { myoperatorHarness, myoperatorConfig } from '../conformance/myoperator.harness.js';
import { CONFORMANCE_PIN, CONFORMANCE_PIN_ENV, netsapiensConfig, netsapiensHarness, NETSAPIENS_DOMAIN } from '../conformance/netsapiens.harness.js';
import { CALLER_ID, loginEnv, smartfloConfig, smartfloHarness, startStrict } from '../conformance/smartflo.harness.js';

const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

interface Tenant {
  config: ProviderConfig;
  env: NodeJS.ProcessEnv;
  log: RequestLog;
  /** Values a report must never show: emails, names, phones, tokens, passwords. */
  secrets: string[];
}

type Mode = 'normal' | 'evidence' | 'extended';

const valuesOf = (org: Org) => org.users.flatMap((u) => [u.email, u.name, ...(u.phone ? [u.phone, u.phone.slice(-10)] : [])]);

async function applied(provider: Provider, org: Org): Promise<void> {
  closers.push(async () => provider.close?.());
  await converge(provider, org);
}

async function smartflo(mode: Mode): Promise<Tenant> {
  const emu = await startStrict({ evidenceOnly: mode === 'evidence' });
  closers.push(() => emu.close());
  const { env, credentials } = loginEnv(emu);
  const base = smartfloConfig(emu.url, credentials);
  const config = { ...base, vendor: { ...base.vendor, roleIds: { agent: 2, supervisor: 3, admin: 1 } } };
  const org = smartfloHarness.org(config);
  await applied(createSmartfloProvider(config, { env }), org);
  return { config, env, log: emu.log, secrets: [...valuesOf(org), emu.admin.password, emu.apiToken, CALLER_ID] };
}

async function myoperator(mode: Mode): Promise<Tenant> {
  const emu = await startMyoperatorEmulator({ port: 0, evidenceOnly: mode === 'evidence', listFields: mode === 'extended' ? 'extended' : 'evidence' });
  closers.push(() => emu.close());
  const env = { MYO_TOKEN: emu.token };
  const config = myoperatorConfig(emu.url, { tokenEnv: 'MYO_TOKEN' });
  const org = myoperatorHarness.org(config);
  await applied(createMyoperatorProvider(config, { env }), org);
  return { config, env, log: emu.log, secrets: [...valuesOf(org), emu.token] };
}

async function netsapiens(mode: Mode): Promise<Tenant> {
  const emu = await startNetsapiensEmulator({ port: 0, strict: true, domain: NETSAPIENS_DOMAIN, evidenceOnly: mode === 'evidence' });
  closers.push(() => emu.close());
  // Dan's voicemail PIN (issue 19) is read from the environment the provider is given.
  const env = { NS_TOKEN: emu.token, [CONFORMANCE_PIN_ENV]: CONFORMANCE_PIN };
  const config = netsapiensConfig(emu.url, { tokenEnv: 'NS_TOKEN' });
  const org = netsapiensHarness.org(config);
  await applied(createNetsapiensProvider(config, { env }), org);
  return { config, env, log: emu.log, secrets: [...valuesOf(org), emu.token, NETSAPIENS_DOMAIN, CONFORMANCE_PIN] };
}

async function probed(tenant: Tenant): Promise<ProbeReport> {
  tenant.log.clear();
  const probe = await openProbe(tenant.config, { env: tenant.env });
  closers.push(() => probe.close());
  return runProbe(probe);
}

const differing = (r: ProbeReport) => r.findings.filter((f) => f.verdict === 'differs').map((f) => keyOf(f.assumption));

const CASES: Array<{ vendor: string; mode: Mode; start: (m: Mode) => Promise<Tenant>; differs: string[] }> = [
  { vendor: 'smartflo', mode: 'normal', start: smartflo, differs: [] },
  { vendor: 'smartflo', mode: 'evidence', start: smartflo, differs: ['GET /v1/roles request (endpoint)'] },
  // MyOperator's list shows only what public code shows by default too: extension and country_code differ in both.
  { vendor: 'myoperator', mode: 'extended', start: myoperator, differs: [] },
  { vendor: 'myoperator', mode: 'normal', start: myoperator, differs: ['GET /user response data[].extension', 'GET /user response data[].country_code'] },
  { vendor: 'myoperator', mode: 'evidence', start: myoperator, differs: ['GET /user response data[].extension', 'GET /user response data[].country_code'] },
  { vendor: 'netsapiens', mode: 'normal', start: netsapiens, differs: [] },
  {
    vendor: 'netsapiens', mode: 'evidence', start: netsapiens,
    differs: ['GET /domains/{domain}/users response [].email-address', 'GET /domains/{domain}/users/{user} response email-address'],
  },
];

describe('ringform probe', () => {
  for (const c of CASES) {
    it(`${c.vendor} (${c.mode} emulator): ${c.differs.length === 0 ? 'every checked assumption holds' : `${c.differs.length} differ`}; GET only; nothing personal in any format`, async () => {
      const tenant = await c.start(c.mode);
      const report = await probed(tenant);
      expect(differing(report)).toEqual(c.differs);
      if (c.mode !== 'evidence') expect(report.counts.holds).toBeGreaterThan(report.counts.differs);
      // Smartflo with a login id and password (not an API token) logs in first: a POST that writes nothing.
      const sent = tenant.log.requests().filter((r) => !(r.method === 'POST' && r.path === '/v1/auth/login'));
      expect(sent.length).toBe(report.requests);
      expect(sent.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([]);
      for (const format of PROBE_FORMATS) {
        const out = renderProbe(report, format);
        for (const secret of tenant.secrets) expect(out, `${format} shows ${secret}`).not.toContain(secret);
      }
    }, 60_000);
  }

  it('reports every weak or UNSOURCED ledger row once, and requests every GET endpoint those rows name', async () => {
    for (const start of [smartflo, myoperator, netsapiens]) {
      const tenant = await start('normal');
      const probe = await openProbe(tenant.config, { env: tenant.env });
      closers.push(() => probe.close());
      const report = await runProbe(probe);
      const rows = probe.ledger.filter((e) => !isSourced(e.source));
      expect(report.findings.map((f) => keyOf(f.assumption))).toEqual(rows.map(keyOf));
      expect(assumptionsOf(probe.ledger)).toHaveLength(rows.length);
      const gets = new Set(rows.filter((e) => e.endpoint.startsWith('GET ')).map((e) => e.endpoint));
      expect([...gets].filter((e) => !probe.endpoints.includes(e)), `${probe.vendor}: GET endpoints the probe does not request`).toEqual([]);
      expect(report.findings.filter((f) => f.seen === 'ringform probe does not request this endpoint')).toEqual([]);
    }
  }, 120_000);
});
