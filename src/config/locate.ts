/**
 * Source positions of a few paths of a large org.yaml without its whole `yaml` Document (issue 18, memory).
 *
 * The `yaml` package stays the only source of positions: its Lexer and Parser build the concrete syntax tree
 * (CST) and its Composer turns that into the Document that positionOf (source.ts) walks, exactly as
 * parseDocument does. The one difference: while the Parser runs, every finished entry of a block sequence or
 * mapping that no wanted path goes through is dropped from the CST (a mapping entry is removed, a sequence
 * entry becomes an empty `-` so later entries keep their index). The Composer computes a node's range from
 * that node's own tokens only (resolve-block-map.js, resolve-block-seq.js), so every node on a wanted path
 * gets the range the full Document gives it; test/config/locate.test.ts compares the two on every fixture
 * and on generated files. At 50,000 users the full Document takes ~400 MB to build and ~120 MB to keep; the
 * pruned one holds the wanted entries and one empty entry per sequence item.
 *
 * Only for text fastParse accepted (one plain document: no tags, anchors, aliases or directives); what it
 * cannot classify (a flow collection, a key that is not a plain scalar) it keeps whole, which is always exact.
 */
import { Composer, CST, Lexer, LineCounter, Parser, type Document } from 'yaml';
import type { DataPath } from './source.js';

/** The wanted paths as a tree of segments; a node without children wants only itself (nothing below). */
interface Wanted {
  children: Map<string, Wanted>;
}

/** Below this, nothing is pruned (a flow collection, or an entry that could not be classified). */
const KEEP_ALL = null;
type Scope = Wanted | typeof KEEP_ALL;

type Item = CST.BlockMap['items'][number] | CST.BlockSequence['items'][number];
type Collection = CST.BlockMap | CST.BlockSequence;

function wantedOf(paths: readonly DataPath[]): Wanted {
  const root: Wanted = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      const key = String(segment);
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = { children: new Map() }));
      node = next;
    }
  }
  return root;
}

const isCollection = (token: CST.Token | undefined): token is Collection => token?.type === 'block-map' || token?.type === 'block-seq';
const hasToken = (tokens: readonly CST.SourceToken[] | undefined, type: string) => tokens?.some((t) => t.type === type) ?? false;
/** A sequence entry the Composer counts: it has its `-`. */
const isSeqEntry = (item: Item) => hasToken(item.start, 'seq-item-ind');
/** A mapping entry the Composer counts (not a comment-only item): a key, a `:` or a `?`. */
const isMapEntry = (item: Item) => 'key' in item || 'sep' in item || hasToken(item.start, 'explicit-key-ind');

/** The key of a mapping entry as text, or undefined when it is not a scalar (then the entry is kept). */
function keyOf(item: Item): string | undefined {
  if (!('key' in item) || !item.key) return undefined;
  const scalar = CST.resolveAsScalar(item.key, true, () => {});
  return scalar ? scalar.value : undefined;
}

/** How far each collection has been pruned: items before `done`, of which `entries` sequence entries. */
interface Progress {
  done: number;
  entries: number;
}

class Pruner {
  private readonly progress = new WeakMap<Collection, Progress>();
  /** The empty entry a pruned sequence item becomes (one shared object: the Composer only reads it). */
  private readonly emptyEntry: CST.BlockSequence['items'][number];

  constructor(private readonly wanted: Wanted) {
    this.emptyEntry = { start: [{ type: 'seq-item-ind', offset: 0, indent: 0, source: '-' }] };
  }

  private progressOf(c: Collection): Progress {
    let p = this.progress.get(c);
    if (!p) this.progress.set(c, (p = { done: 0, entries: 0 }));
    return p;
  }

  /** Prunes the finished items of `c` before `upTo`, recursing into the finished values that are kept. */
  prune(c: Collection, scope: Wanted, upTo: number): void {
    const p = this.progressOf(c);
    if (c.type === 'block-seq') {
      for (; p.done < upTo; p.done++) {
        const item = c.items[p.done]!;
        if (!isSeqEntry(item)) continue;
        const inner = scope.children.get(String(p.entries++));
        if (inner) this.finish(item.value, inner);
        else c.items[p.done] = this.emptyEntry;
      }
      return;
    }
    const kept: Item[] = [];
    for (let i = p.done; i < upTo; i++) {
      const item = c.items[i]!;
      if (!isMapEntry(item)) continue;
      const key = keyOf(item);
      const inner = key === undefined ? KEEP_ALL : scope.children.get(key);
      if (inner === undefined) continue;
      if (inner !== KEEP_ALL) this.finish(item.value, inner);
      kept.push(item);
    }
    c.items.splice(p.done, upTo - p.done, ...(kept as CST.BlockMap['items']));
    p.done += kept.length;
  }

  /** A value the Parser has finished: prune all of it. */
  finish(token: CST.Token | undefined, scope: Wanted): void {
    if (isCollection(token)) this.prune(token, scope, token.items.length);
  }

  /**
   * The Parser's stack, after a token: the collections on it are open, and only their last two items may
   * still change (the Parser looks back at the one before last for a comment); the items before are done.
   */
  pruneOpen(stack: readonly CST.Token[]): void {
    let scope: Scope = this.wanted;
    for (let i = 1; i < stack.length && scope !== KEEP_ALL; i++) {
      const c = stack[i];
      if (!isCollection(c)) return;
      if (c.items.length > 2) this.prune(c, scope, c.items.length - 2);
      scope = this.openChild(c, scope);
    }
  }

  /** The scope of the collection open inside `c`'s last item (its value, being built). */
  private openChild(c: Collection, scope: Wanted): Scope {
    const p = this.progressOf(c);
    const last = c.items[c.items.length - 1];
    if (!last || last.value !== undefined) return KEEP_ALL;
    if (c.type === 'block-seq') {
      if (!isSeqEntry(last)) return KEEP_ALL;
      let index = p.entries - 1;
      for (let i = p.done; i < c.items.length; i++) if (isSeqEntry(c.items[i]!)) index++;
      return scope.children.get(String(index)) ?? { children: new Map() };
    }
    if (!('sep' in last) || !last.sep) return KEEP_ALL;
    const key = keyOf(last);
    if (key === undefined) return KEEP_ALL;
    // An entry no path wants is dropped when it is finished; what is inside it meanwhile need not be kept.
    return scope.children.get(key) ?? { children: new Map() };
  }
}

export interface Located {
  doc: Document;
  lineCounter: LineCounter;
}

/** A Document of `text` in which every node on `paths` has its exact range (the rest may be missing). */
export function locate(text: string, paths: readonly DataPath[]): Located {
  const lineCounter = new LineCounter();
  const wanted = wantedOf(paths);
  const pruner = new Pruner(wanted);
  const parser = new Parser(lineCounter.addNewLine);
  function* tokens(): Generator<CST.Token> {
    lineCounter.addNewLine(0);
    const done = (token: CST.Token): CST.Token => {
      if (token.type === 'document') pruner.finish(token.value, wanted);
      return token;
    };
    for (const lexeme of new Lexer().lex(text)) {
      for (const token of parser.next(lexeme)) yield done(token);
      pruner.pruneOpen(parser.stack);
    }
    for (const token of parser.end()) yield done(token);
  }
  // The options of parse.ts documentOf.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true, version: '1.2' });
  let doc: Document | undefined;
  for (const d of composer.compose(tokens(), true, text.length)) doc ??= d as Document;
  return { doc: doc!, lineCounter };
}
