/**
 * A parsed org.yaml kept with its source ranges, and the one helper every stage uses to turn a path into
 * the data (`['users', 3, 'phone']`) into a file position. Positions are 1-based, columns in characters.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import type { CodeInfo } from './codes.js';

export type DataPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
}

export interface ParsedSource {
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  /**
   * A source without its Document yet (parse.ts, the fast path) finds the positions of diagnostics together:
   * `defer` notes a path, `settle` finds every noted position in one pass over the text (locate.ts) and
   * hands each to its `fill`. Absent: positions are found at once, from `doc`.
   */
  defer?(path: DataPath, target: Target, fill: (position: Position) => void): void;
  settle?(): void;
}

/** Where a diagnostic points: the value (default) or, in a mapping, the key of the last path segment. */
export type Target = 'value' | 'key';

interface Found {
  node: unknown;
  key: unknown;
  /** The whole path exists. */
  complete: boolean;
}

/**
 * Walks `path` through the document. Stops at the deepest node that exists, so a path to a missing field
 * lands on its parent object (what a `required` error should point at). Aliases are followed to their anchor.
 */
function walk(src: ParsedSource, path: DataPath): Found {
  let node: unknown = src.doc.contents;
  let key: unknown = null;
  let depth = 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(src.doc);
    if (isMap(node)) {
      const pair = pairOf(node, String(segment));
      if (!isPair(pair)) break;
      key = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      key = null;
      node = item;
    } else break;
    depth++;
  }
  return { node, key, complete: depth === path.length };
}

/** Each mapping's pairs by key, built once: finding 12,000 unknown keys of one mapping must not be 12,000². */
const pairsByKey = new WeakMap<object, Map<string, unknown>>();

function pairOf(node: { items: unknown[] }, key: string): unknown {
  let index = pairsByKey.get(node);
  if (!index) {
    index = new Map();
    for (const p of node.items) if (isPair(p) && !index.has(keyText(p.key))) index.set(keyText(p.key), p);
    pairsByKey.set(node, index);
  }
  return index.get(key);
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function offsetOf(node: unknown): number | null {
  if ((isScalar(node) || isCollection(node) || isAlias(node)) && node.range) return node.range[0];
  return null;
}

export function positionAt(src: ParsedSource, offset: number): Position {
  const { line, col } = src.lineCounter.linePos(offset);
  return { line, column: col };
}

/** The position of the value (or key) at `path`, or of its deepest existing ancestor. */
export function positionOf(src: ParsedSource, path: DataPath, target: Target = 'value'): Position {
  const found = walk(src, path);
  const offset = (target === 'key' ? offsetOf(found.key) : null) ?? offsetOf(found.node) ?? offsetOf(found.key);
  return offset === null ? { line: 1, column: 1 } : positionAt(src, offset);
}

/** The YAML node at `path` exactly, or undefined (used to quote a value as written, e.g. `0101`). */
export function nodeAt(src: ParsedSource, path: DataPath): Node | undefined {
  const found = walk(src, path);
  if (!found.complete) return undefined;
  const node = isAlias(found.node) ? found.node.resolve(src.doc) : found.node;
  return node as Node | undefined;
}

/** The exact source text of the value at `path` (e.g. `0101` before YAML turned it into 101). */
export function sourceTextAt(src: ParsedSource, path: DataPath): string | undefined {
  const node = nodeAt(src, path);
  if (!isScalar(node) || !node.range) return undefined;
  return src.text.slice(node.range[0], node.range[1]);
}

/** JSON pointer for `Diagnostic.path`. */
export function toPointer(path: DataPath): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** `users[3].phone`, for messages. */
export function toDotted(path: DataPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(top level)';
}

export interface DiagnosticInput {
  path: DataPath;
  message: string;
  hint?: string;
  target?: Target;
  /** The pointed line may hold a secret (see Diagnostic.sensitive). */
  sensitive?: boolean;
}

/**
 * A diagnostic for `code` at `path` in `src`. From a source that defers positions its line and column are
 * set when the source settles (loadOrgText does that before it sorts or returns any diagnostic).
 */
export function diagnosticAt(src: ParsedSource, code: CodeInfo, input: DiagnosticInput): Diagnostic {
  if (src.defer) {
    const diagnostic = diagnosticWith(src, code, input, { line: 0, column: 0 });
    src.defer(input.path, input.target ?? 'value', (at) => {
      diagnostic.line = at.line;
      diagnostic.column = at.column;
    });
    return diagnostic;
  }
  return diagnosticWith(src, code, input, positionOf(src, input.path, input.target));
}

function diagnosticWith(src: ParsedSource, code: CodeInfo, input: DiagnosticInput, { line, column }: Position): Diagnostic {
  return {
    severity: code.severity,
    code: code.code,
    message: input.message,
    hint: input.hint ?? code.hint,
    file: src.file,
    line,
    column,
    path: toPointer(input.path),
    ...(input.sensitive ? { sensitive: true } : {}),
  };
}
