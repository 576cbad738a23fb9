/**
 * A department's week as an inline SVG heatmap: 7 rows (Mon–Sun, department-local) × 24 hour columns. Colours
 * from a blue–orange scale readable with the common colour-vision deficiencies, each class also marked by a
 * glyph (so nothing depends on colour alone); the SVG has a title and desc, every cell a <title>, and the page
 * adds a table with the same content.
 */
import type { Cell } from '../coverage/heatmap.js';
import { DAY_NAMES, hhmm } from '../coverage/time.js';
import type { CoverageClass } from '../coverage/types.js';
import { html } from './html.js';

export const CLASS_STYLE: Record<CoverageClass, { fill: string; ink: string; glyph: string; label: string }> = {
  closed: { fill: '#eeeeee', ink: '#555555', glyph: '', label: 'closed' },
  covered: { fill: '#2166ac', ink: '#ffffff', glyph: '', label: 'two or more members available' },
  single: { fill: '#92c5de', ink: '#000000', glyph: '1', label: 'one member available (single point of failure)' },
  failover: { fill: '#f4a582', ink: '#000000', glyph: 'F', label: 'nobody available: callers fall through to a failover that answers' },
  uncovered: { fill: '#b2182b', ink: '#ffffff', glyph: '×', label: 'nobody available and no failover answers' },
};

const CELL = 22;
const LEFT = 44;
const TOP = 22;

export function cellTitle(c: Cell): string {
  const when = `${DAY_NAMES[c.day]} ${hhmm(c.hour * 60)}–${hhmm((c.hour + 1) * 60)}`;
  const assumed = c.assumed ? ' (counts members whose hours org.yaml does not manage)' : '';
  return `${when}: ${CLASS_STYLE[c.class].label}${assumed}`;
}

export function heatmapSvg(department: string, timezone: string, cells: Cell[], id: string): string {
  const width = LEFT + 24 * CELL + 2;
  const height = TOP + 7 * CELL + 2;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-labelledby="${id}-title ${id}-desc" data-department="${html(department)}">`,
    `<title id="${id}-title">${html(`${department}: coverage by hour, Monday to Sunday, ${timezone}`)}</title>`,
    `<desc id="${id}-desc">${html('Rows are days, columns hours. Dark blue: two or more available; light blue with 1: one; orange with F: failover answers; red with ×: nobody answers; grey: closed. The table below holds the same data.')}</desc>`,
  ];
  for (let h = 0; h < 24; h += 3) parts.push(`<text x="${LEFT + h * CELL + 2}" y="${TOP - 6}" font-size="10" aria-hidden="true">${hhmm(h * 60)}</text>`);
  for (let d = 0; d < 7; d++) parts.push(`<text x="4" y="${TOP + d * CELL + 15}" font-size="11" aria-hidden="true">${DAY_NAMES[d]}</text>`);
  for (const c of cells) {
    const s = CLASS_STYLE[c.class];
    const x = LEFT + c.hour * CELL;
    const y = TOP + c.day * CELL;
    parts.push(
      `<g class="cell" data-day="${c.day}" data-hour="${c.hour}" data-class="${c.class}">` +
        `<title>${html(cellTitle(c))}</title>` +
        `<rect x="${x}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" fill="${s.fill}"${c.assumed ? ' stroke="#000000" stroke-dasharray="2 2"' : ''}/>` +
        (s.glyph ? `<text x="${x + 6}" y="${y + 15}" font-size="12" fill="${s.ink}" aria-hidden="true">${s.glyph}</text>` : '') +
        `</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
