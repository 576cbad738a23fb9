/**
 * Imported org.yaml is printed to a terminal (no --out) and read by reviewers: vendor names carrying
 * controls, bidi overrides or invisible characters are written as YAML escapes (`"\u202e"`), never raw.
 * The value is unchanged (YAML reads the escape back as the same character), so the round-trip check holds.
 */
import { isScalar, visit, type Document } from 'yaml';
import { hasUnsafeText, inertWith } from '../inert.js';

/** Strings holding an unsafe character are double-quoted, the only YAML style with escapes. */
export function quoteUnsafeStrings(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && hasUnsafeText(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

/** Raw unsafe characters left by the YAML writer (it escapes C0 controls itself) become YAML escapes. */
export function escapeUnsafeYaml(text: string): string {
  return inertWith(text, (_, cp) => {
    if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
    if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
    return `\\U${cp.toString(16).padStart(8, '0')}`;
  });
}
