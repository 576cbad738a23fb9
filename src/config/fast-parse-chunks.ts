/**
 * The fast parse of a large org.yaml a run of sequence items at a time (issue 18, memory). js-yaml builds
 * its whole event list before the data (~110 bytes an event, ~14 events a user: ~75 MB at 50,000 users);
 * parsed here in runs of about CHUNK_BYTES of text, the list never holds more than one run. (A streaming
 * constructor would need js-yaml's parser changed: it splices and truncates its event list while it
 * backtracks.)
 *
 * A top-level key alone on its line (`users:`) followed by a block sequence (lines `- ` at one column c,
 * everything else of its items deeper than c, comments and blank lines anywhere) and then a line at column
 * 0 or the end: the items are cut at their `- ` lines and each run of items is parsed on its own, with the
 * same columns; the rest of the file (the "skeleton", those lines removed) is parsed too and must hold the
 * key, at that line, in the top-level mapping, with an empty value, which the items then replace.
 * Why a run parsed alone reads as it reads in the whole file: a line at column c ends any block scalar,
 * plain scalar or mapping of the item before it (they continue only deeper than c), and a quoted scalar
 * or flow collection left open at a cut makes that run fail to parse. Anything that fails, or does not
 * match the above, is parsed whole as before (fast-parse.ts), so the data is the whole parse's or the
 * whole parse decides. test/config/fast-parse.test.ts proves equal data, with runs of one item, on the
 * corpus and on generated and damaged documents.
 */
import { EVENT_ID, type Event } from 'js-yaml';

/**
 * About this much text per parse: ~12,000 users, ~20 MB of events. Not smaller: each parseEvents call
 * gives its parser state a new hidden class (an object spread), so V8 throws away the parser's optimised
 * code once per call: 256 KB runs cost ~1 s more CPU at 50,000 users, 2 MB ones ~0.1-0.3 s.
 */
export const CHUNK_BYTES = 2 * 1024 * 1024;

export type PlainParse = (text: string) => { data: unknown; events: Event[] } | undefined;

/** The lines of one top-level block sequence: its key's line starts at `header`, its items at `items`. */
interface Run {
  key: string;
  header: number;
  start: number;
  end: number;
  items: number[];
}

/** A top-level key alone on its line (a plain key of letters and digits; a comment may follow). */
const HEADER = /^([A-Za-z][A-Za-z0-9]*):(?: +#.*)? *$/;

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** Every top-level block sequence of the text, as lines (see the top of the file); ones that do not fit are left out. */
export function sequencesOf(text: string): Run[] {
  const runs: Run[] = [];
  let open: (Run & { column: number }) | undefined;
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const next = newline === -1 ? text.length : newline + 1;
    const line = text.slice(at, newline === -1 ? text.length : newline).replace(/\r$/, '');
    const indent = indentOf(line);
    const blankOrComment = indent === line.length || line.charCodeAt(indent) === 35; /* # */
    const item = line.charCodeAt(indent) === 45 /* - */ && (indent + 1 === line.length || line.charCodeAt(indent + 1) === 32);
    if (open && !blankOrComment) {
      if (open.column === -1) {
        if (item) {
          open.column = indent;
          open.items.push(at);
        } else open = undefined; // not a block sequence
      } else if (indent > open.column) {
        // inside the current item
      } else if (indent === open.column && item) open.items.push(at);
      else {
        if (indent === 0) runs.push({ key: open.key, header: open.header, start: open.start, end: at, items: open.items });
        open = undefined;
      }
    }
    if (!open && indent === 0) {
      const header = HEADER.exec(line);
      if (header) open = { key: header[1]!, header: at, start: next, end: -1, items: [], column: -1 };
    }
    at = next;
  }
  if (open && open.column !== -1) runs.push({ key: open.key, header: open.header, start: open.start, end: text.length, items: open.items });
  return runs;
}

/**
 * The data of `text` parsed a run of items at a time, or undefined when that is not possible (no
 * sequence long enough to cut, or any part fails): then the caller parses it whole.
 */
export function parseInChunks(text: string, chunkBytes: number, parse: PlainParse): { data: unknown } | undefined {
  const runs = sequencesOf(text).filter((r) => r.end - r.start > chunkBytes && r.items.length > 1);
  if (runs.length === 0) return undefined;
  const values: unknown[][] = [];
  for (const run of runs) {
    const items = itemsOf(text, run, chunkBytes, parse);
    if (!items) return undefined;
    values.push(items);
  }
  const pieces: string[] = [];
  const headers: number[] = [];
  let from = 0;
  let removed = 0;
  for (const run of runs) {
    headers.push(run.header - removed);
    pieces.push(text.slice(from, run.start));
    removed += run.end - run.start;
    from = run.end;
  }
  pieces.push(text.slice(from));
  const skeleton = parse(pieces.join(''));
  if (!skeleton || !emptyTopLevelKeys(skeleton.events, headers)) return undefined;
  const data = skeleton.data as Record<string, unknown>;
  if (runs.some((run) => !Object.hasOwn(data, run.key) || data[run.key] !== null)) return undefined;
  runs.forEach((run, i) => {
    data[run.key] = values[i];
  });
  return { data };
}

/** The items of one run, parsed a chunk (whole items, about `chunkBytes` of text) at a time. */
function itemsOf(text: string, run: Run, chunkBytes: number, parse: PlainParse): unknown[] | undefined {
  const out: unknown[] = [];
  let from = run.start;
  const cut = (to: number): boolean => {
    const parsed = parse(text.slice(from, to));
    if (!parsed || !Array.isArray(parsed.data)) return false;
    for (const item of parsed.data) out.push(item);
    from = to;
    return true;
  };
  for (const start of run.items) if (start - from >= chunkBytes && !cut(start)) return undefined;
  return cut(run.end) ? out : undefined;
}

/**
 * Whether the skeleton's top-level mapping has, at each of the `headers` offsets, a key whose value is
 * empty: the lines taken out were that key's value and nothing else's. (js-yaml refuses the ways found
 * to put a key line inside another value at column 0; this check does not rely on that.)
 */
function emptyTopLevelKeys(events: Event[], headers: readonly number[]): boolean {
  const wanted = new Set(headers);
  if (events[1]?.type !== EVENT_ID.MAPPING) return false;
  let depth = 0;
  let isKey = true;
  let pendingKey = false;
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    const atTop = depth === 1;
    if (atTop) {
      if (isKey) pendingKey = e.type === EVENT_ID.SCALAR && wanted.has(e.valueStart);
      else if (pendingKey) {
        if (e.type !== EVENT_ID.SCALAR || e.valueStart !== -1) return false;
        wanted.delete(headerOf(events, i));
      }
      isKey = !isKey;
    }
    if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) depth++;
    else if (e.type === EVENT_ID.POP) depth--;
  }
  return wanted.size === 0;
}

/** The offset of the key scalar just before the value event at `i` (a scalar key: one event). */
function headerOf(events: Event[], i: number): number {
  const key = events[i - 1]!;
  return key.type === EVENT_ID.SCALAR ? key.valueStart : -1;
}
