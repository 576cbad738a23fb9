/** Markdown helpers for generated README sections. */

/** A table cell: one line, pipes escaped. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

export function code(text: string): string {
  return `\`${text}\``;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Replaces what lies between the line starting `<!-- BEGIN GENERATED name` and `<!-- END GENERATED name -->`,
 * keeping both marker lines as they are.
 */
export function replaceSection(document: string, name: string, content: string): string {
  const begin = new RegExp(`^<!-- BEGIN GENERATED ${name}\\b.*-->$`, 'm').exec(document);
  const endMarker = `<!-- END GENERATED ${name} -->`;
  const end = document.indexOf(endMarker, begin ? begin.index : 0);
  if (!begin || end < 0) throw new Error(`README.md has no "${name}" markers (<!-- BEGIN GENERATED ${name} … --> … ${endMarker})`);
  const head = document.slice(0, begin.index + begin[0].length);
  return `${head}\n${content.trim()}\n${document.slice(end)}`;
}

/** Inserts an empty section (with a heading) right after another section's END marker, when it is absent. */
export function ensureSectionAfter(document: string, name: string, heading: string, after: string): string {
  if (document.includes(`<!-- BEGIN GENERATED ${name}`)) return document;
  const afterMarker = `<!-- END GENERATED ${after} -->`;
  const at = document.indexOf(afterMarker);
  if (at < 0) throw new Error(`README.md has no "${afterMarker}" marker`);
  const insert = `\n\n${heading}\n\n<!-- BEGIN GENERATED ${name}: \`npm run gen\` writes this section -->\n<!-- END GENERATED ${name} -->`;
  const cut = at + afterMarker.length;
  return document.slice(0, cut) + insert + document.slice(cut);
}
