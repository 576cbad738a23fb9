/**
 * The coverage report: one self-contained HTML page (no scripts, no fonts, no external requests; a CSP that
 * forbids them) with the call flow (Mermaid source and a table) and, per department, the week heatmap as
 * inline SVG with a legend, text alternatives and a table fallback. Every org.yaml string is HTML-escaped.
 */
import { findings } from '../coverage/describe.js';
import type { FlowDepartment } from '../coverage/flow.js';
import { heatmapCells, type Cell } from '../coverage/heatmap.js';
import { DAY_NAMES } from '../coverage/time.js';
import type { DepartmentCoverage } from '../coverage/types.js';
import { CLASS_STYLE, cellTitle, heatmapSvg } from './heatmap-svg.js';
import { html } from './html.js';
import { flowToMermaid } from './mermaid.js';

export interface ReportInput {
  title: string;
  /** The reference date the coverage was computed from. */
  today: string;
  flow: FlowDepartment[];
  coverage: DepartmentCoverage[];
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem;color:#111}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #999;padding:2px 6px;font-size:.85rem;text-align:left}
.legend span{display:inline-block;width:1.2em;height:1.2em;vertical-align:middle;margin-right:.3em;border:1px solid #666;text-align:center;font-size:.8em}
pre{background:#f6f6f6;padding:.75rem;overflow:auto}`;

function flowTable(flow: FlowDepartment[]): string {
  const rows = flow.map((d) => {
    const members = d.members.map((m) => `${m.priority}. ${m.name} (${m.hours})`).join('; ') || 'none';
    const f = d.failover ? `${d.failover.type}${d.failover.target ? `: ${d.failover.target}` : ''}` : 'none';
    return `<tr><th scope="row">${html(d.name)}</th><td>${html(`${d.hours} (${d.timezone})`)}</td><td>${html(d.routing)}</td><td>${html(members)}</td><td>${html(f)}</td></tr>`;
  });
  return `<table><caption>Call flow</caption><thead><tr><th>Department</th><th>Hours</th><th>Routing</th><th>Members in ring order (their hours)</th><th>Failover</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function legend(): string {
  const items = Object.values(CLASS_STYLE).map((s) => `<li><span style="background:${s.fill};color:${s.ink}" aria-hidden="true">${s.glyph}</span>${html(s.label)}</li>`);
  return `<ul class="legend" aria-label="Legend">${items.join('')}<li><span style="border:1px dashed #000" aria-hidden="true"></span>dashed outline: counts members whose hours org.yaml does not manage (assumed available)</li></ul>`;
}

function cellTable(department: string, cells: Cell[]): string {
  const head = `<tr><th>Day</th>${Array.from({ length: 24 }, (_, h) => `<th scope="col">${String(h).padStart(2, '0')}</th>`).join('')}</tr>`;
  const rows = DAY_NAMES.map((name, d) => {
    const tds = cells.filter((c) => c.day === d).map((c) => `<td title="${html(cellTitle(c))}">${CLASS_STYLE[c.class].glyph || (c.class === 'closed' ? '–' : '✓')}</td>`);
    return `<tr><th scope="row">${name}</th>${tds.join('')}</tr>`;
  });
  return `<details><summary>Table: ${html(department)} by hour (✓ two or more, 1 one, F failover, × nobody, – closed)</summary><table>${head}${rows.join('')}</table></details>`;
}

function departmentSection(c: DepartmentCoverage, i: number): string {
  const cells = heatmapCells(c);
  const found = findings(c).map((f) => `<li>${html(`${f.kind === 'single' ? 'one member available' : f.kind === 'failover' ? 'nobody available, callers fall through to failover' : 'nobody available, nothing answers'}: ${f.windows.join(', ')}`)}</li>`);
  return [
    `<section aria-labelledby="dep${i}"><h3 id="dep${i}">${html(c.department)} <small>(${html(c.timezone)}, week of ${html(c.week.monday)})</small></h3>`,
    heatmapSvg(c.department, c.timezone, cells, `hm${i}`),
    found.length ? `<ul>${found.join('')}</ul>` : '<p>No gaps: open hours always have two or more members available.</p>',
    cellTable(c.department, cells),
    '</section>',
  ].join('\n');
}

export function renderReport(r: ReportInput): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(r.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${html(r.title)}</h1>
<p>Coverage computed for the week of ${html(r.today)} and the holidays and date overrides of the following 12 months.</p>
<h2>Call flow</h2>
${flowTable(r.flow)}
<details><summary>Mermaid source of the call-flow diagram (paste into a Markdown file on GitHub or GitLab to draw it)</summary><pre>${html(flowToMermaid(r.flow))}</pre></details>
<h2>Coverage by hour</h2>
${legend()}
${r.coverage.map(departmentSection).join('\n')}
</body>
</html>
`;
}
