/**
 * `.nan`, `.inf` and `-.inf` are numbers to YAML but not to JSON Schema, the vendors or a person reading
 * org.yaml (`maxDeletePercent: .nan` compares false with every limit). Refused where they are written.
 */
import { CODES } from './codes.js';
import type { Diagnostic } from './diagnostic.js';
import { diagnosticAt, sourceTextAt, toDotted, type DataPath, type ParsedSource } from './source.js';

export function nonFiniteNumbers(src: ParsedSource, data: unknown): Array<{ path: DataPath; diagnostic: Diagnostic }> {
  const out: Array<{ path: DataPath; diagnostic: Diagnostic }> = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: DataPath): void => {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      const written = sourceTextAt(src, path) ?? String(value);
      const message = `${toDotted(path)} is ${written}, which YAML reads as ${Number.isNaN(value) ? 'not-a-number' : 'infinity'}; org.yaml numbers are finite`;
      out.push({ path, diagnostic: diagnosticAt(src, CODES.wrongType, { path, message, hint: 'Write a finite number (e.g. 25), or quote the value if it is text.' }) });
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      // An anchored value met again through an alias is checked once (its problems point at the anchor).
      seen.add(value);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return out;
}
