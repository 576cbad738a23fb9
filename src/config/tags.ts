/**
 * Explicit YAML tags. Unknown ones (`!vault x`) are reported by the parser as unresolved; this adds the
 * standard tags the core schema of YAML 1.2 does not have but the library still honours (`!!binary` makes
 * bytes, `!!set`, `!!omap`, `!!pairs`, `!!timestamp`): each would turn text into something no org.yaml
 * field holds, then fail later with a message about types instead of about the tag.
 * The core-schema tags (`!!str 0101`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map`, `!!seq`) stay allowed.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

const CORE = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
const WHAT: Record<string, string> = {
  binary: 'binary data (bytes)',
  set: 'a set',
  omap: 'an ordered map',
  pairs: 'a list of pairs',
  timestamp: 'a date-time',
  merge: 'a merge key',
};

export interface TagProblem {
  message: string;
  offset: number;
}

export function tagProblems(doc: Document, text: string): TagProblem[] {
  const out: TagProblem[] = [];
  const visit = (node: unknown): void => {
    if (isPair(node)) return visit(node.key), visit(node.value);
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    if (node.tag && !CORE.has(node.tag) && node.tag.startsWith('tag:yaml.org,2002:')) {
      const name = node.tag.slice('tag:yaml.org,2002:'.length);
      const start = node.range?.[0] ?? 0;
      const written = /!\S*(?=\s*$)/.exec(text.slice(Math.max(0, start - 200), start));
      const offset = written ? Math.max(0, start - 200) + written.index : start;
      out.push({ message: `tag !!${name} makes ${WHAT[name] ?? `a YAML 1.1 !!${name} value`}; org.yaml values are plain text, numbers, true/false, lists and mappings`, offset });
    }
    if (isMap(node) || isSeq(node)) for (const item of node.items) visit(item);
  };
  if (!isAlias(doc.contents)) visit(doc.contents);
  return out;
}
