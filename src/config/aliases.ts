/**
 * YAML aliases checked before anything expands them: each must name an anchor defined before it, must not
 * point into the value that contains it (a cycle), and all of them together may add at most
 * `written + MAX_ALIAS_NODES` nodes to what the file itself writes. Counting produced nodes, not aliases,
 * is what bounds the work after parsing: 90 aliases of one 2,000-item list are only 90 aliases, but they
 * make 180,000 values for the schema and the rules to walk (the 16 KB file that once ran 69 s and crashed).
 * Sizes are memoised per node, so the count itself is linear in the file, even for a "billion laughs".
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Nodes aliases may add beyond the nodes the file writes (which they may double): far above real reuse. */
export const MAX_ALIAS_NODES = 10_000;

export type AliasProblem =
  | { kind: 'undefined'; name: string; offset: number }
  | { kind: 'cycle'; name: string; offset: number }
  | { kind: 'budget'; produced: number; written: number; offset: number; crossedAt: number };

const SATURATE = 1e15;

export function aliasProblem(doc: Document): AliasProblem | undefined {
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  const sizes = new Map<Node, number>();
  let written = 0;
  let produced = 0;
  let firstAlias: number | undefined;
  const marks: Array<[offset: number, produced: number]> = [];
  let problem: AliasProblem | undefined;

  /** Expanded size of a node; counts written nodes and produced ones while walking the file once. */
  const size = (node: unknown): number => {
    if (problem || node === null || node === undefined) return 0;
    if (isPair(node)) return size(node.key) + size(node.value);
    if (isAlias(node)) {
      written++;
      const offset = node.range?.[0] ?? 0;
      firstAlias ??= offset;
      const target = anchors.get(node.source);
      if (!target) return (problem = { kind: 'undefined', name: node.source, offset }), 0;
      if (open.has(target)) return (problem = { kind: 'cycle', name: node.source, offset }), 0;
      const n = sizes.get(target) ?? 1;
      produced = Math.min(SATURATE, produced + n - 1);
      marks.push([offset, produced]);
      return n;
    }
    const anchored = node as Node;
    if (anchored.anchor) anchors.set(anchored.anchor, anchored);
    if (isScalar(node)) {
      written++;
      sizes.set(anchored, 1);
      return 1;
    }
    if (!isMap(node) && !isSeq(node)) return 0;
    written++;
    open.add(anchored);
    let n = 1;
    for (const item of node.items) n = Math.min(SATURATE, n + size(item));
    open.delete(anchored);
    sizes.set(anchored, n);
    return n;
  };
  size(doc.contents);
  if (problem) return problem;
  const limit = written + MAX_ALIAS_NODES;
  if (produced <= limit) return undefined;
  const crossedAt = marks.find(([, p]) => p > limit)?.[0] ?? 0;
  return { kind: 'budget', produced, written, offset: firstAlias ?? crossedAt, crossedAt };
}
