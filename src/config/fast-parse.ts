/**
 * The fast path of parseYaml: the data of org.yaml without source positions, from js-yaml's event parser
 * (no syntax tree: ~10× less CPU and memory than the `yaml` package's Document for a 50,000-user file).
 * The `yaml` package stays the only source of positions and of every YAML diagnostic: this returns
 * undefined, and parseYaml takes the Document path, whenever the two could differ:
 *
 * - anything js-yaml refuses (syntax errors, duplicate keys, nesting past its limit);
 * - tags, anchors, aliases, directives (any line starting with `%`: js-yaml skips directives it does not
 *   know), a document end marker or more than one document (the Document path checks those: aliases.ts,
 *   tags.ts, the %YAML version);
 * - a mapping key that is not a string (`yaml` and js-yaml stringify `null`/`1.0` keys differently);
 * - a flow collection's `]`/`}` first on its line, where `yaml` may warn (BAD_INDENT).
 *
 * A long top-level sequence (`users:` of a large file) is parsed a run of items at a time
 * (fast-parse-chunks.ts), so js-yaml's event list never holds the whole file.
 *
 * Plain scalars resolve with the `yaml` package's YAML 1.2 core schema, copied below (same patterns, same
 * order, same conversions), so `no`, `on`, `1:30` and `0101` mean what they mean on the Document path.
 * test/config/fast-parse.test.ts proves equal data (or a fallback) on every fixture and on generated files.
 */
import { CHUNK_BYTES, parseInChunks } from './fast-parse-chunks.js';
import { constructFromEvents, defineMappingTag, defineScalarTag, EVENT_ID, NOT_RESOLVED, parseEvents, Schema, seqTag, strTag, type Event } from 'js-yaml';

type Resolver = [test: RegExp, resolve: (source: string) => unknown];

/** A plain-scalar tag trying `resolvers` in order, as `yaml`'s schema tries its tags (yaml/dist/schema/core). */
function coreTag(name: string, resolvers: Resolver[]) {
  return defineScalarTag(`tag:yaml.org,2002:${name}`, {
    implicit: true,
    implicitFirstChars: null,
    resolve: (source) => {
      for (const [test, resolve] of resolvers) if (test.test(source)) return resolve(source);
      return NOT_RESOLVED;
    },
    identify: () => false,
  });
}

const nullTag = coreTag('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]);
const boolTag = coreTag('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]);
const intTag = coreTag('int', [
  [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
  [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
]);
const floatTag = coreTag('float', [
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
]);

/** Plain objects with string keys only, written as `yaml`'s toJS writes them (addPairToJSMap). */
const mapTag = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  addPair: (map, key, value) => {
    if (typeof key !== 'string') return 'a key that is not a string';
    if (key in map) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
    else map[key] = value;
    return '';
  },
  has: (map, key) => typeof key === 'string' && Object.prototype.hasOwnProperty.call(map, key),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[String(key)],
  identify: () => false,
});

const SCHEMA = new Schema([strTag, seqTag, mapTag, nullTag, boolTag, intTag, floatTag]);

/**
 * Text only the Document path reads exactly: a directive, a flow collection's end first on its line (where
 * `yaml` may warn about its indentation, compose/util-flow-indent-check.js), a tab anywhere (the two
 * disagree on tab-only lines), a byte order mark anywhere, and a lone CR (loadOrgText reads those as LF
 * before parsing; anyone else gets the Document path).
 */
const DOCUMENT_PATH_LINES = /^%|^ *[\]}]|[\t\ufeff]|\r(?!\n)/m;

export interface FastParseOptions {
  /** Text per parse of a long top-level sequence (fast-parse-chunks.ts); tests cut at every item. */
  chunkBytes?: number;
}

/** The data of `text`, or undefined when only the Document path can read it exactly (see above). */
export function fastParse(text: string, options: FastParseOptions = {}): { data: unknown } | undefined {
  if (DOCUMENT_PATH_LINES.test(text)) return undefined;
  // A large file a run of items at a time; if that is not possible, whole.
  const chunked = parseInChunks(text, options.chunkBytes ?? CHUNK_BYTES, plainParse);
  if (chunked) return chunked;
  const whole = plainParse(text);
  return whole && { data: whole.data };
}

/** One plain document's data (and its events), or undefined when js-yaml refuses it or it is not plain. */
function plainParse(text: string): { data: unknown; events: Event[] } | undefined {
  try {
    const events = parseEvents(text, {});
    if (!plain(events)) return undefined;
    const docs = constructFromEvents(events, { source: text, schema: SCHEMA, maxAliases: 0 });
    return docs.length === 1 ? { data: docs[0], events } : undefined;
  } catch {
    return undefined;
  }
}

/** One document, no directives or end marker, no tag, anchor or alias anywhere. */
function plain(events: Event[]): boolean {
  let documents = 0;
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        if (e.directives.length > 0 || e.explicitEnd) return false;
        break;
      case EVENT_ID.ALIAS:
        return false;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
      case EVENT_ID.SCALAR:
        if (e.anchorStart !== -1 || e.tagStart !== -1) return false;
        break;
    }
  }
  return documents === 1;
}
