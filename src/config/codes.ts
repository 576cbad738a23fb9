/**
 * Diagnostic codes raised before the semantic rules run: reading the file (RF00x), YAML syntax (RF01x) and
 * the JSON Schema (RF1xx). Semantic rules carry their own codes (RF2xx errors, RF3xx warnings) in
 * src/config/rules/. Codes are stable: once published, a code keeps its meaning; retired codes are not reused.
 * The README error-code table is generated from these lists (src/gen/error-codes.ts).
 */
import type { Severity } from './diagnostic.js';

export interface CodeInfo {
  code: string;
  /** Short kebab-case name, e.g. `unknown-field`. */
  name: string;
  severity: Severity;
  /** One sentence: what is wrong. */
  meaning: string;
  /** The default fix hint; a diagnostic may carry a more specific one. */
  hint: string;
}

const error = (code: string, name: string, meaning: string, hint: string): CodeInfo => ({
  code,
  name,
  severity: 'error',
  meaning,
  hint,
});

export const CODES = {
  fileNotFound: error('RF001', 'file-not-found', 'The file does not exist.', 'Check the path; it is relative to the current folder.'),
  fileTooLarge: error('RF002', 'file-too-large', 'The file is larger than 32 MB, far beyond any real organisation (50,000 users take about 8 MB).', 'Check that this is the right file; split generated content out of it.'),
  invalidUtf8: error('RF003', 'invalid-utf8', 'The file is not valid UTF-8 text.', 'Save the file as UTF-8 (most editors: "Save with encoding").'),
  unreadable: error('RF004', 'file-unreadable', 'The file cannot be read (a folder, or no permission).', 'Pass the path of a readable org.yaml file.'),
  yamlSyntax: error('RF010', 'yaml-syntax', 'The file is not valid YAML.', 'Fix the YAML syntax at the position shown; check indentation, quotes and brackets.'),
  tabIndent: error('RF011', 'tab-indentation', 'A tab is used for indentation; YAML allows spaces only.', 'Replace the tab with spaces (set your editor to insert spaces for YAML).'),
  duplicateKey: error('RF012', 'duplicate-key', 'The same key appears twice in one mapping; YAML would silently keep only one.', 'Remove or merge one of the two entries.'),
  aliasLimit: error('RF013', 'too-many-aliases', 'Aliases would add more than 10,000 nodes beyond the ones the file writes (a "billion laughs" document, or one list repeated many times).', 'Write the repeated content out, or use fewer aliases.'),
  multipleDocuments: error('RF014', 'multiple-documents', 'The file holds more than one YAML document (a `---` separator).', 'Keep one organisation per file; remove the `---` line.'),
  unknownTag: error('RF015', 'unknown-tag', 'A YAML tag (`!something`) is used; org.yaml is plain YAML and would silently read the tagged value as text.', 'Remove the tag. Secrets are never resolved in org.yaml: name their environment variable under provider.credentials.'),
  badAlias: error('RF017', 'bad-alias', 'An alias (`*name`) names no anchor defined before it, or sits inside the value its anchor names (a cycle).', 'Define the anchor (`&name`) on a value before the alias, outside it; or write the value out.'),
  yamlVersion: error('RF018', 'yaml-version', 'A `%YAML` directive asks for a YAML version other than 1.2 (YAML 1.1 reads `1:30` as 90 and `no` as false).', 'Remove the `%YAML` line (and the `---` after it): org.yaml is YAML 1.2.'),
  tooDeep: error('RF019', 'nesting-too-deep', 'Values are nested more than 64 levels deep; no org.yaml field needs more than about 6.', 'Check the brackets and indentation at the position shown; something repeats or is not closed.'),
  yamlWarning: { code: 'RF016', name: 'yaml-warning', severity: 'warning', meaning: 'YAML accepted the file but something in it is suspicious.', hint: 'Check the YAML at the position shown.' } as CodeInfo,
  unknownField: error('RF101', 'unknown-field', 'A field is not part of the org.yaml format (often a typo, or a secret written where only its source may be named).', 'Remove it or fix its spelling; the README lists every field.'),
  missingField: error('RF102', 'missing-field', 'A required field is missing.', 'Add the field.'),
  wrongType: error('RF103', 'wrong-type', 'A value has the wrong type (for example a number where text is expected).', 'Write the value with the expected type; quote numbers that are identifiers, such as extensions and phone numbers.'),
  notAllowed: error('RF104', 'value-not-allowed', 'A value is not one of the allowed values.', 'Use one of the values listed in the message.'),
  badFormat: error('RF105', 'bad-format', 'A value does not have the expected format (email, date, extension number, time slot, name).', 'Write the value in the format shown in the hint.'),
  outOfRange: error('RF106', 'out-of-range', 'A number, text or list is too small or too large.', 'Use a value within the limits in the message.'),
  badMember: error('RF107', 'bad-member', 'A department member is neither an email nor an object with `user` and `priority`.', 'Write the member as `- priya@example.com` or `- { user: priya@example.com, priority: 2 }`.'),
} as const satisfies Record<string, CodeInfo>;

/** Codes of the file, YAML and schema stages, in code order (rule codes live with their rules). */
export const STAGE_CODES: readonly CodeInfo[] = Object.values(CODES);
