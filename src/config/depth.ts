/**
 * Nesting depth, measured on the text before the YAML parser sees it: the parser (and anything that walks
 * its result) recurses once per level, so 20,000 `[` in a 40 KB file used to end in "maximum call stack
 * size exceeded" or an out-of-memory abort. A real org.yaml is about 6 levels deep (users → item → vendor
 * → field); MAX_DEPTH leaves ten times that.
 *
 * The scan counts block levels (a stack of indentations, plus `- ` entries that open a sequence on the
 * same line) and flow levels (`[` and `{` outside quotes and comments). It skips block scalars (`|`, `>`)
 * and quoted text. It may count a level more than the parser would (never fewer), which only matters
 * beyond MAX_DEPTH.
 */

export const MAX_DEPTH = 64;

/** The offset where nesting first goes deeper than `max`, or undefined. */
export function excessiveNesting(text: string, max = MAX_DEPTH): number | undefined {
  let quote: '"' | "'" | null = null;
  let flow = 0;
  const indents: number[] = [];
  let blockScalarParent: number | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const indent = /^ */.exec(line)![0].length;
    const blank = line.trim() === '';
    if (blockScalarParent !== null && (blank || indent > blockScalarParent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParent = null;
    let block = 0;
    if (quote === null && flow === 0 && !blank && !/^\s*#/.test(line) && !/^(%|---|\.\.\.)/.test(line)) {
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
      const dashes = /^(?:-[ \t]+)*/.exec(line.slice(indent))![0].replace(/[^-]/g, '').length;
      block = indents.length + dashes;
      if (block > max) return lineStart + indent;
      if (/(^|[\s:-])[|>][0-9+-]*\s*(#.*)?$/.test(line) && !/["']/.test(line)) blockScalarParent = indent;
    } else block = indents.length;
    const at = scanLine(line, block, max, { quote, flow }, (state) => ({ quote, flow } = state));
    if (at !== undefined) return lineStart + at;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

interface ScanState {
  quote: '"' | "'" | null;
  flow: number;
}

/** Walks one line for quotes, comments and flow brackets; returns the column where depth exceeds `max`. */
function scanLine(line: string, block: number, max: number, start: ScanState, save: (s: ScanState) => void): number | undefined {
  let { quote, flow } = start;
  const tokenStart = (i: number): boolean => i === 0 || /[\s[{,]/.test(line[i - 1]!);
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') quote = null;
    } else if (quote === "'") {
      if (ch === "'" && line[i + 1] === "'") i++;
      else if (ch === "'") quote = null;
    } else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      break;
    } else if ((ch === '"' || ch === "'") && tokenStart(i)) {
      quote = ch;
    } else if ((ch === '[' || ch === '{') && (flow > 0 || tokenStart(i))) {
      flow++;
      if (block + flow > max) return save({ quote, flow }), i;
    } else if ((ch === ']' || ch === '}') && flow > 0) {
      flow--;
    }
  }
  save({ quote, flow });
  return undefined;
}
