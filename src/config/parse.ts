/**
 * YAML text → data, with source ranges on demand. Syntax errors, duplicate keys, tab indentation, nesting
 * too deep, a YAML version other than 1.2, tags, undefined or cyclic aliases and alias bombs become
 * diagnostics with positions; nothing here throws on bad input.
 *
 * Most files take the fast path (fast-parse.ts): the data without positions. The `yaml` package stays the
 * only source of positions: diagnostics get theirs together, from a Document pruned to the entries they
 * point into (lazySource, locate.ts); a question that needs its answer at once builds the whole Document.
 * A 50,000-user file never holds its whole Document (~120 MB, and ~400 MB at the peak of building it)
 * unless such a question is asked.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { aliasProblem, MAX_ALIAS_NODES, type AliasProblem } from './aliases.js';
import { CODES, type CodeInfo } from './codes.js';
import { excessiveNesting, MAX_DEPTH } from './depth.js';
import type { Diagnostic } from './diagnostic.js';
import { fastParse } from './fast-parse.js';
import { shareRepeatedStrings } from './shared-strings.js';
import { locate } from './locate.js';
import { positionAt, positionOf, type DataPath, type ParsedSource, type Position, type Target } from './source.js';
import { tagProblems } from './tags.js';

export { MAX_ALIAS_NODES } from './aliases.js';

export type ParseResult =
  | { ok: true; source: ParsedSource; data: unknown; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const CODE_BY_YAML_ERROR: Record<string, CodeInfo> = {
  DUPLICATE_KEY: CODES.duplicateKey,
  TAB_AS_INDENT: CODES.tabIndent,
  MULTIPLE_DOCS: CODES.multipleDocuments,
};

export function parseYaml(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    // Not parsed at all (the parser itself recurses per level); positions come from the text alone.
    const before = text.slice(0, tooDeep);
    const line = before.split('\n').length;
    const col = tooDeep - before.lastIndexOf('\n');
    const code = CODES.tooDeep;
    const message = `values are nested more than ${MAX_DEPTH} levels deep here; org.yaml needs about 6`;
    return { ok: false, diagnostics: [{ severity: code.severity, code: code.code, message, hint: code.hint, file, line, column: col }] };
  }
  const fast = fastParse(text);
  if (fast) {
    shareRepeatedStrings(fast.data);
    return { ok: true, source: lazySource(file, text), data: fast.data, warnings: [] };
  }
  const doc = documentOf(text, lineCounter);
  const source: ParsedSource = { file, text, doc, lineCounter };
  const problem = (code: CodeInfo, message: string, offset: number, hint = code.hint): Diagnostic => ({
    severity: code.severity,
    code: code.code,
    message,
    hint,
    file,
    ...positionAt(source, offset),
  });
  const errors: Diagnostic[] = doc.errors.map((e) => {
    const code = CODE_BY_YAML_ERROR[e.code] ?? (e.code === 'RESOURCE_EXHAUSTION' ? CODES.tooDeep : CODES.yamlSyntax);
    const message =
      code === CODES.duplicateKey
        ? duplicateKeyMessage(text, e.pos)
        : code === CODES.multipleDocuments
          ? 'the file holds more than one YAML document; a `---` line starts a second one'
          : yamlMessage(e.message);
    return problem(code, message, e.pos[0]);
  });
  // An unknown tag (`!env FOO`) would be read as plain text: never what its author meant, so an error.
  for (const w of doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')) {
    errors.push(problem(CODES.unknownTag, yamlMessage(w.message), w.pos[0]));
  }
  // `%YAML 1.1` brings back 1.1 typing (`1:30` is 90, `no` is false): refused rather than silently read
  // with other meanings than the author's editor shows. `%YAML 1.2` is what org.yaml is anyway.
  const directive = doc.directives?.yaml;
  if (directive?.explicit && directive.version !== '1.2') {
    const at = Math.max(0, text.search(/^%YAML\b/m));
    const version = /^%YAML[ \t]+(\S+)/m.exec(text)?.[1] ?? directive.version;
    errors.push(problem(CODES.yamlVersion, `%YAML ${version} directive: org.yaml is read as YAML 1.2 only`, at));
  }
  const unsupported = doc.warnings.filter((w) => w.code === 'BAD_DIRECTIVE' && /YAML version/i.test(w.message));
  if (unsupported.length > 0 && !errors.some((e) => e.code === CODES.yamlVersion.code)) {
    errors.push(problem(CODES.yamlVersion, `${yamlMessage(unsupported[0]!.message)}: org.yaml is read as YAML 1.2 only`, Math.max(0, text.search(/^%YAML\b/m))));
  }
  for (const t of tagProblems(doc, text)) errors.push(problem(CODES.unknownTag, t.message, t.offset));
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  const aliases = aliasProblem(doc);
  if (aliases) return { ok: false, diagnostics: [aliasDiagnostic(aliases, problem, lineCounter)] };
  const warnings = doc.warnings.map((w) => problem(CODES.yamlWarning, yamlMessage(w.message), w.pos[0]));
  try {
    // Aliases were counted above (produced nodes bounded), so the library's own per-alias count is off.
    return { ok: true, source, data: doc.toJS({ maxAliasCount: -1 }), warnings };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { ok: false, diagnostics: [problem(CODES.badAlias, yamlMessage(error.message), 0)] };
  }
}

/** The one way org.yaml becomes a Document, on both paths. */
function documentOf(text: string, lineCounter: LineCounter): Document {
  // uniqueKeys rejects duplicate keys; YAML 1.2 core schema, so `no`/`on` stay strings and there are no merge keys.
  return parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
}

/**
 * A source whose Document (and line index) is built when a position is first asked for. The positions of
 * diagnostics wait (`defer`) until `settle`, which finds them all in one pass that keeps only the entries
 * they are in (locate.ts): a 50,000-user file with thousands of warnings never holds its whole Document.
 */
function lazySource(file: string, text: string): ParsedSource {
  let built: { doc: Document; lineCounter: LineCounter } | undefined;
  let pending: Array<{ path: DataPath; target: Target; fill: (position: Position) => void }> = [];
  const build = () => {
    if (!built) {
      const lineCounter = new LineCounter();
      built = { doc: documentOf(text, lineCounter), lineCounter };
    }
    return built;
  };
  const source: ParsedSource = {
    file,
    text,
    get doc() {
      return build().doc;
    },
    get lineCounter() {
      return build().lineCounter;
    },
    defer(path, target, fill) {
      if (built) fill(positionOf(source, path, target));
      else pending.push({ path, target, fill });
    },
    settle() {
      if (pending.length === 0) return;
      const waiting = pending;
      pending = [];
      const view: ParsedSource = built ? source : { file, text, ...locate(text, waiting.map((p) => p.path)) };
      for (const p of waiting) p.fill(positionOf(view, p.path, p.target));
    },
  };
  return source;
}

function aliasDiagnostic(
  p: AliasProblem,
  problem: (code: CodeInfo, message: string, offset: number, hint?: string) => Diagnostic,
  lines: LineCounter,
): Diagnostic {
  switch (p.kind) {
    case 'undefined':
      return problem(CODES.badAlias, `alias *${p.name} names no anchor: there is no &${p.name} before it`, p.offset,
        `Put &${p.name} on the value before its first use (anchors must come first), or write the value out.`);
    case 'cycle':
      return problem(CODES.badAlias, `alias *${p.name} is inside the value &${p.name} names, so it would repeat forever`, p.offset,
        `Remove *${p.name} from inside its own anchor; write the value out.`);
    case 'budget': {
      const produced = p.produced >= 1e15 ? 'more than a million million' : p.produced.toLocaleString('en');
      const line = lines.linePos(p.crossedAt).line;
      return problem(CODES.aliasLimit,
        `aliases expand this file by ${produced} nodes (it writes ${p.written.toLocaleString('en')}; at most ${MAX_ALIAS_NODES.toLocaleString('en')} more are allowed, passed on line ${line}); refusing to expand them`,
        p.offset);
    }
  }
}

function yamlMessage(message: string): string {
  // yaml's messages start with a capital and sometimes end with a period; diagnostics read as one clause.
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');
}

function duplicateKeyMessage(text: string, pos: [number, number]): string {
  const key = /^[^:\n]*/.exec(text.slice(pos[0]))?.[0].trim();
  return key ? `duplicate key "${key}": it is already set above in the same mapping` : 'duplicate key in one mapping';
}
