/**
 * The imported org.yaml as a `yaml` Document, so comments sit where a person reads them and keys keep the
 * order of the schema (version, provider, settings, roles, schedules, extensions, users, departments).
 * Slot lists are written in flow style (`mon: ['09:00-17:00']`), like the examples.
 */
import { Document, isMap, isPair, isScalar, isSeq, visit, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { quoteUnsafeStrings } from './inert-yaml.js';
import type { WrittenCollections } from './written.js';

export interface DocumentInput {
  /** `$schema` for the YAML language server, relative to the written file. */
  schema: string;
  /** e.g. `netsapiens https://pbx.example.com/ns-api/v2 (domain acme)`: where the state was read. */
  source: string;
  provider: Record<string, unknown>;
  collections: WrittenCollections;
  /** settings.ignore rules to write (from --exclude). */
  ignore: Array<{ email: string }>;
  /** How many live users --include/--exclude left out. */
  leftOut: number;
  /** Per department: notes on what was left out of it. */
  departmentNotes: Map<string, string[]>;
  /** Per user (lower-cased email): their invite state, written as a comment (import/invite-notes.ts). */
  inviteNotes?: Map<string, string>;
  /** Said in the header: e.g. collections the provider cannot read, so they are not in the file. */
  notes: string[];
}

const SECTION_COMMENTS: Record<string, string> = {
  provider: ' Secrets are never written here: credentials name environment variables or a file.',
  extensions: ' Only extensions that differ from the defaults (web, no force login), or that nobody holds;\n every other user extension is created with the defaults.',
  users: ' Fields at their default are left out (role agent, panel access, active, receives calls always).',
};

export function buildDocument(input: DocumentInput): Document {
  const { collections: c } = input;
  const settings: Record<string, unknown> = {};
  if (c.timezone !== 'UTC') settings.timezone = c.timezone;
  if (input.ignore.length > 0) settings.ignore = input.ignore;
  const body: Record<string, unknown> = { version: 1, provider: input.provider };
  if (Object.keys(settings).length > 0) body.settings = settings;
  for (const key of ['roles', 'schedules', 'extensions', 'users', 'departments'] as const) {
    if (c[key].length > 0) body[key] = c[key];
  }
  const doc = new Document(body);
  doc.commentBefore = header(input);
  const root = doc.contents as YAMLMap;
  for (const pair of root.items) commentSection(pair as Pair<Scalar, unknown>);
  markInvites(root, input.inviteNotes ?? new Map());
  noteDepartments(root, input.departmentNotes);
  flowSlots(doc);
  quoteNumberLike(doc);
  quoteUnsafeStrings(doc);
  return doc;
}

function header(input: DocumentInput): string {
  const lines = [
    ` yaml-language-server: $schema=${input.schema}`,
    '',
    ` Imported by \`ringform import\` from ${input.source}.`,
    ' Planning this file against the same organisation shows no changes; review it, then commit it.',
  ];
  for (const note of input.notes) lines.push(` ${note}`);
  if (input.leftOut > 0) {
    lines.push(` ${input.leftOut} live user(s) left out by --include/--exclude stay unmanaged (settings.ignore keeps excluded ones hands-off).`);
  }
  return lines.join('\n');
}

function commentSection(pair: Pair<Scalar, unknown>): void {
  const key = String(pair.key.value);
  if (key !== 'version') pair.key.spaceBefore = true;
  const comment = SECTION_COMMENTS[key];
  if (comment) pair.key.commentBefore = comment;
}

function section(root: YAMLMap, key: string): YAMLMap[] {
  const seq = root.get(key, true);
  return isSeq(seq) ? seq.items.filter(isMap) : [];
}

function markInvites(root: YAMLMap, notes: Map<string, string>): void {
  for (const user of section(root, 'users')) {
    const invite = user.get('invite', true);
    if (isScalar(invite)) invite.comment = ' never invited to the panel; set auto to invite';
    const note = notes.get(String(user.get('email')).toLowerCase());
    const email = user.get('email', true);
    if (note && isScalar(email)) email.comment = ` ${note}`;
  }
}

function noteDepartments(root: YAMLMap, notes: Map<string, string[]>): void {
  for (const department of section(root, 'departments')) {
    const note = notes.get(String(department.get('name')));
    if (note) department.commentBefore = note.map((n) => ` ${n}`).join('\n');
  }
}

/**
 * Text starting with a digit is quoted ('09:00-17:00', '2026-01-26', MACs, extensions), as the examples
 * write it: a YAML 1.1 reader would take some of them for numbers or dates.
 */
function quoteNumberLike(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^[0-9+]/.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
}

/** Slot lists (weekly days, override slots) in flow style. */
function flowSlots(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !isSeq(pair.value)) return;
      const inWeekly = /^(mon|tue|wed|thu|fri|sat|sun|slots)$/.test(String(pair.key.value));
      if (inWeekly) pair.value.flow = true;
    },
  });
}
