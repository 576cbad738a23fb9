/**
 * The call flow as Mermaid (`flowchart LR`), for PR comments (GitHub and GitLab render it) and the report.
 * Node ids are generated (d0, d0m1, f0), never taken from org.yaml; every label is a quoted string whose
 * text is entity-escaped (Mermaid's #quot; / #35; form), so a name cannot close the quote, start a link, open
 * a markdown string or inject HTML.
 */
import type { FlowDepartment } from '../coverage/flow.js';

const ENTITY: Record<string, string> = { '"': '#quot;', '#': '#35;', '&': '#amp;', '<': '#lt;', '>': '#gt;', '`': '#96;', '\\': '#92;', '[': '#91;', ']': '#93;', '{': '#123;', '}': '#125;', '|': '#124;', ';': '#59;' };

/** A label's text: entities for the characters Mermaid or HTML give meaning to, controls as spaces. */
export function mermaidText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/["#&<>`\\[\]{}|;]/g, (ch) => ENTITY[ch]!);
}

const label = (text: string): string => `"${mermaidText(text)}"`;

function failoverLabel(f: NonNullable<FlowDepartment['failover']>): string {
  return f.type === 'voicemail' || f.type === 'hangup' ? f.type : `${f.type}: ${f.target ?? ''}`;
}

export function flowToMermaid(flow: FlowDepartment[]): string {
  const ids = new Map(flow.map((d, i) => [d.name, `d${i}`]));
  const lines = ['flowchart LR'];
  const links: string[] = [];
  flow.forEach((d, i) => {
    const id = `d${i}`;
    lines.push(`  ${id}[${label(`${d.name} · ${d.hours} (${d.timezone}) · ${d.routing}`)}]`);
    let previous = id;
    d.members.forEach((m, j) => {
      const mid = `${id}m${j}`;
      lines.push(`  ${mid}(${label(`${m.priority}. ${m.name} · ${m.hours}`)})`);
      links.push(`  ${previous} --> ${mid}`);
      previous = mid;
    });
    if (d.failover) {
      const target = d.failover.type === 'department' ? ids.get(d.failover.target ?? '') : undefined;
      if (target) links.push(`  ${previous} -. ${label('failover')} .-> ${target}`);
      else {
        lines.push(`  f${i}{{${label(failoverLabel(d.failover))}}}`);
        links.push(`  ${previous} -. ${label('failover')} .-> f${i}`);
      }
    }
  });
  return [...lines, ...links].join('\n') + '\n';
}
