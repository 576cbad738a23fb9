/** The call flow as Graphviz DOT. Ids are generated; every label is a quoted string with `\` and `"` escaped. */
import type { FlowDepartment } from '../coverage/flow.js';

/** A quoted DOT string: controls become spaces, `\\` and `"` are escaped; the lines are joined with DOT's `\\n`. */
export function dotString(...lines: string[]): string {
  const escape = (t: string): string => t.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `"${lines.map(escape).join('\\n')}"`;
}

export function flowToDot(flow: FlowDepartment[]): string {
  const ids = new Map(flow.map((d, i) => [d.name, `d${i}`]));
  const lines = ['digraph callflow {', '  rankdir=LR;', '  node [fontname="sans-serif"];'];
  flow.forEach((d, i) => {
    const id = `d${i}`;
    lines.push(`  ${id} [shape=box, style=bold, label=${dotString(d.name, `${d.hours} (${d.timezone})`, d.routing)}];`);
    let previous = id;
    d.members.forEach((m, j) => {
      const mid = `${id}m${j}`;
      lines.push(`  ${mid} [shape=ellipse, label=${dotString(`${m.priority}. ${m.name}`, m.hours)}];`);
      lines.push(`  ${previous} -> ${mid};`);
      previous = mid;
    });
    if (d.failover) {
      const target = d.failover.type === 'department' ? ids.get(d.failover.target ?? '') : undefined;
      if (!target) {
        const f = d.failover;
        lines.push(`  f${i} [shape=hexagon, label=${dotString(f.type === 'voicemail' || f.type === 'hangup' ? f.type : `${f.type}: ${f.target ?? ''}`)}];`);
      }
      lines.push(`  ${previous} -> ${target ?? `f${i}`} [style=dashed, label="failover"];`);
    }
  });
  return [...lines, '}'].join('\n') + '\n';
}
