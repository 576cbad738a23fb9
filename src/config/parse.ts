/**
 * YAML text → document with source ranges. Syntax errors, duplicate keys, tab indentation and alias bombs
 * become diagnostics with positions; nothing here throws on bad input.
 */
import { LineCounter, isAlias, parseDocument, visit, type Node } from 'yaml';
import { CODES, type CodeInfo } from './codes.js';
import type { Diagnostic } from './diagnostic.js';
import { positionAt, type ParsedSource } from './source.js';

/** Aliases may expand to at most this many nodes; a legitimate org.yaml uses a handful. */
export const MAX_ALIAS_COUNT = 100;

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
  // uniqueKeys rejects duplicate keys; YAML 1.2 core schema, so `no`/`on` stay strings and there are no merge keys.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const source: ParsedSource = { file, text, doc, lineCounter };
  const problem = (code: CodeInfo, message: string, offset: number): Diagnostic => ({
    severity: code.severity,
    code: code.code,
    message,
    hint: code.hint,
    file,
    ...positionAt(source, offset),
  });
  const errors: Diagnostic[] = doc.errors.map((e) => {
    const code = CODE_BY_YAML_ERROR[e.code] ?? CODES.yamlSyntax;
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
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  const warnings = doc.warnings.map((w) => problem(CODES.yamlWarning, yamlMessage(w.message), w.pos[0]));
  try {
    return { ok: true, source, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), warnings };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const at = firstAliasOffset(doc) ?? 0;
    const message = `aliases expand to more than ${MAX_ALIAS_COUNT} nodes; refusing to expand them`;
    return { ok: false, diagnostics: [problem(CODES.aliasLimit, message, at)] };
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

function firstAliasOffset(doc: ReturnType<typeof parseDocument>): number | null {
  let offset: number | null = null;
  visit(doc, {
    Alias(_key, node: Node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offset;
}
