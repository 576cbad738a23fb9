/**
 * `ringform probe`: read-only checks of a vendor's unsourced assumptions on a real tenant. The assumptions
 * come from the vendor's evidence ledger (assumptions.ts), the GETs from the vendor's probe (vendors.ts), and
 * each finding says holds / differs / could not check with what was seen (counts, types, statuses only).
 */
import { RINGFORM_VERSION } from '../version.js';
import { assumptionsOf } from './assumptions.js';
import { judge } from './judge.js';
import { keyOf, type Finding, type Observation, type ProbeReport, type Verdict, type VendorProbe } from './types.js';

export { openProbe, PROBED_VENDORS } from './vendors.js';
export { renderProbe, PROBE_FORMATS, type ProbeFormat } from './render.js';
export type { ProbeReport, Finding, Verdict, VendorProbe } from './types.js';

export async function runProbe(probe: VendorProbe): Promise<ProbeReport> {
  const seen = await probe.observe();
  const findings: Finding[] = [];
  for (const assumption of assumptionsOf(probe.ledger)) {
    const check = probe.checks?.[keyOf(assumption)];
    const judgement = check ? await check(seen) : judge(assumption, seen);
    findings.push({ assumption, ...judgement });
  }
  const counts: Record<Verdict, number> = { holds: 0, differs: 0, unchecked: 0 };
  for (const f of findings) counts[f.verdict] += 1;
  return { vendor: probe.vendor, ringformVersion: RINGFORM_VERSION, requests: probe.requests(), counts, findings, rateHeaders: rateHeaders(seen) };
}

const RATE_HEADER = /rate-?limit|^retry-after$|^x-rate/i;
/** A header value shown only when it is a short plain token (a count or a time), never free text. */
const PLAIN_VALUE = /^[\w .:,/-]{1,40}$/;

function rateHeaders(seen: Observation[]): string[] {
  const out = new Set<string>();
  for (const o of seen) {
    for (const [name, raw] of Object.entries(o.headers)) {
      if (!RATE_HEADER.test(name) || raw === undefined) continue;
      const value = Array.isArray(raw) ? raw.join(', ') : raw;
      out.add(PLAIN_VALUE.test(value) ? `${name}: ${value}` : name);
    }
  }
  return [...out].sort();
}
