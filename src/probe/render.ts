/** The probe report as text (terminal), Markdown (a bug report) or JSON (tools). */
import type { Finding, ProbeReport, Verdict } from './types.js';

export const PROBE_FORMATS = ['text', 'markdown', 'json'] as const;
export type ProbeFormat = (typeof PROBE_FORMATS)[number];

const ORDER: Verdict[] = ['differs', 'unchecked', 'holds'];
const TITLE: Record<Verdict, string> = { differs: 'Differs', unchecked: 'Could not check', holds: 'Holds' };

export function renderProbe(report: ProbeReport, format: ProbeFormat): string {
  if (format === 'json') return `${JSON.stringify(jsonOf(report), null, 2)}\n`;
  return format === 'markdown' ? markdown(report) : text(report);
}

const summary = (r: ProbeReport) =>
  `${r.findings.length} assumptions: ${r.counts.holds} ${r.counts.holds === 1 ? 'holds' : 'hold'}, ${r.counts.differs} ${r.counts.differs === 1 ? 'differs' : 'differ'}, ` +
  `${r.counts.unchecked} could not be checked (${r.requests} GET requests, nothing written)`;

/**
 * Text for a terminal: one line per assumption, except that neighbours of one endpoint and place with the same
 * finding share a line (the fields of a write body). Why a differing assumption was made follows it.
 */
function text(r: ProbeReport): string {
  const lines = [`ringform probe: ${r.vendor} (ringform ${r.ringformVersion})`, summary(r), ''];
  for (const verdict of ORDER) {
    const found = r.findings.filter((f) => f.verdict === verdict);
    if (found.length === 0) continue;
    lines.push(`${TITLE[verdict]} (${found.length}):`);
    for (const group of grouped(found)) {
      const [f] = group as [Finding, ...Finding[]];
      lines.push(`  ${f.assumption.endpoint} ${f.assumption.where} ${group.map((g) => g.assumption.field).join(', ')}: ${f.seen}`);
      if (verdict === 'differs') lines.push(`      assumed (${f.assumption.strength}): ${f.assumption.why}`);
    }
    lines.push('');
  }
  lines.push(`Rate-limit headers: ${r.rateHeaders.length > 0 ? r.rateHeaders.join('; ') : 'none seen'}`);
  lines.push('The report holds field names, types, counts and statuses only: no value from the tenant.');
  return `${lines.join('\n')}\n`;
}

function grouped(findings: Finding[]): Finding[][] {
  const out: Finding[][] = [];
  for (const f of findings) {
    const last = out.at(-1)?.[0];
    const same = last && last.verdict !== 'differs' && last.assumption.endpoint === f.assumption.endpoint && last.assumption.where === f.assumption.where && last.seen === f.seen;
    if (same) out.at(-1)!.push(f);
    else out.push([f]);
  }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdown(r: ProbeReport): string {
  const rows = ORDER.flatMap((v) => r.findings.filter((f) => f.verdict === v)).map(
    (f) => `| ${TITLE[f.verdict]} | \`${cell(f.assumption.endpoint)}\` | ${f.assumption.where} | \`${cell(f.assumption.field)}\` | ${cell(f.seen)} | ${f.assumption.strength}: ${cell(f.assumption.why)} |`,
  );
  return [
    `### ringform probe: ${r.vendor}`,
    '',
    `ringform ${r.ringformVersion}. ${summary(r)}.`,
    '',
    '| Verdict | Endpoint | Where | Field | Seen | Assumed because |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Rate-limit headers: ${r.rateHeaders.length > 0 ? r.rateHeaders.map((h) => `\`${cell(h)}\``).join(', ') : 'none seen'}.`,
    '',
  ].join('\n');
}

function jsonOf(r: ProbeReport) {
  return {
    vendor: r.vendor,
    ringformVersion: r.ringformVersion,
    requests: r.requests,
    counts: r.counts,
    findings: r.findings.map((f) => ({ ...f.assumption, verdict: f.verdict, seen: f.seen })),
    rateHeaders: r.rateHeaders,
  };
}
