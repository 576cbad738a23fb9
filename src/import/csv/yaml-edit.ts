/**
 * Writes a Merge into org.yaml's text by editing only the lines it changes, so comments, quoting, flow lists
 * and spacing elsewhere stay exactly as the person wrote them (re-printing the whole document would turn
 * `['a', 'b']` into `[ 'a', 'b' ]` and move comments). Edits use the positions the `yaml` package gives each
 * node: a changed value is replaced where it stands, a new field goes on a line after the user's last field
 * (or before the `}` of a one-line user), a new user after the last one, a pruned user's lines are cut.
 *
 * The result is checked: parsed again, it must hold exactly the merged users and everything else unchanged.
 * Where the layout is one these edits do not handle (a pruned user inside a one-line list, an odd indentation),
 * the check fails and the document is re-printed whole instead (`reformatted: true`, which the command says).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { escapeUnsafeYaml, quoteUnsafeStrings } from '../inert-yaml.js';
import type { Merge, WrittenUser } from './merge.js';
import { newUser } from './merge.js';

interface Edit {
  from: number;
  to: number;
  text: string;
}

const PRINT = { lineWidth: 0, flowCollectionPadding: false, singleQuote: true } as const;

/** `was` is the document's data before the merge (as parsed for validation: not parsed again here). */
export function writeMerge(text: string, was: object, merge: Merge): { text: string; reformatted: boolean } {
  if (merge.added.length + merge.updated.length + merge.removed.length === 0) return { text, reformatted: false };
  // A file whose every line ends in CRLF is edited as LF and written back with CRLF, so added lines match it.
  if (/\r\n/.test(text) && !/(^|[^\r])\n/.test(text)) {
    const lf = writeMerge(text.replace(/\r\n/g, '\n'), was, merge);
    return { ...lf, text: lf.text.replace(/\n/g, '\r\n') };
  }
  // A last line without a line break gets one, so every insertion below is a whole line.
  const edited = editInPlace(text.endsWith('\n') ? text : `${text}\n`, merge);
  if (edited !== null && holdsMerge(was, edited, merge.users)) return { text: edited, reformatted: false };
  try {
    return { text: reprint(text, merge.users), reformatted: true };
  } catch (err) {
    // An alias elsewhere names an anchor on a pruned or changed value: no text holds the merge. The edited
    // text goes to validation, which refuses it at that alias (RF017), and nothing is written.
    if (edited === null || !/alias/i.test((err as Error).message)) throw err;
    return { text: edited, reformatted: false };
  }
}

function editInPlace(text: string, merge: Merge): string | null {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return null;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'users') as Pair<Node, Node | null> | undefined;
  const seq = pair?.value ?? null;
  if (seq !== null && !isSeq(seq) && !(isScalar(seq) && seq.value === null)) return null;
  const lines = new Lines(text);
  const edits: Edit[] = [];
  try {
    for (const u of merge.updated) {
      const item = (seq as YAMLSeq).items[u.index];
      if (!isMap(item)) return null;
      for (const [field, sourced] of u.set) edits.push(setField(lines, item, field, sourced.value));
    }
    for (const r of merge.removed) edits.push(removeItem(lines, seq as YAMLSeq, r.index));
    if (merge.added.length > 0) edits.push(appendUsers(lines, pair, seq, merge.added.map(newUser)));
  } catch (err) {
    if (err instanceof LayoutError) return null;
    throw err;
  }
  return applyEdits(text, edits);
}

/**
 * The edits (which never overlap) applied in one pass. Edits at the same position keep the order they were
 * made in: a field added to the last user comes before the users appended after it.
 */
function applyEdits(text: string, edits: Edit[]): string {
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.from - b.from || a.i - b.i);
  const parts: string[] = [];
  let at = 0;
  for (const e of ordered) {
    parts.push(text.slice(at, e.from), e.text);
    at = e.to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

class LayoutError extends Error {}

/** Line arithmetic over the original text. */
class Lines {
  constructor(readonly text: string) {}
  start(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }
  /** Where the line holding `pos` ends, past its line break. */
  after(pos: number): number {
    const nl = this.text.indexOf('\n', pos);
    return nl < 0 ? this.text.length : nl + 1;
  }
  column(pos: number): number {
    return pos - this.start(pos);
  }
  /** Whole lines inserted at `pos`, the start of a line (the text ends with a line break). */
  insertLines(pos: number, block: string): Edit {
    return { from: pos, to: pos, text: block };
  }
}

function setField(lines: Lines, user: YAMLMap, field: string, value: unknown): Edit {
  const pair = user.items.find((p) => isScalar(p.key) && p.key.value === field);
  const node = pair?.value as Node | null | undefined;
  if (pair !== undefined && node?.range) {
    const [from, to] = node.range;
    const keepBreak = lines.text[to - 1] === '\n' ? '\n' : '';
    return { from, to, text: `${flow(value)}${keepBreak}` };
  }
  if (user.flow) {
    const close = lines.text.lastIndexOf('}', user.range![1] - 1);
    let at = close;
    while (lines.text[at - 1] === ' ') at--;
    return { from: at, to: at, text: `${user.items.length > 0 ? ', ' : ''}${field}: ${flow(value)}` };
  }
  const first = user.items[0]?.key as Node | undefined;
  const last = user.items[user.items.length - 1];
  if (!first?.range || !last) throw new LayoutError();
  const end = ((last.value as Node | null)?.range ?? (last.key as Node).range)![1];
  return lines.insertLines(lines.after(end - 1), `${' '.repeat(lines.column(first.range[0]))}${field}: ${flow(value)}\n`);
}

function removeItem(lines: Lines, seq: YAMLSeq, index: number): Edit {
  const item = seq.items[index] as Node | undefined;
  if (seq.flow || !item?.range) throw new LayoutError();
  return { from: lines.start(item.range[0]), to: lines.after(item.range[1] - 1), text: '' };
}

function appendUsers(lines: Lines, pair: Pair<Node, Node | null> | undefined, seq: Node | null, users: WrittenUser[]): Edit {
  if (pair === undefined) return lines.insertLines(lines.text.length, `users:\n${block(users, '  ')}`);
  const keyColumn = lines.column(pair.key.range![0]);
  if (seq === null || !isSeq(seq) || seq.items.length === 0) {
    // `users:` with nothing after it, or `users: []`: the list starts on the next line.
    const keyEnd = pair.key.range![1];
    const valueEnd = seq?.range?.[1] ?? keyEnd;
    const lineEnd = lines.after(Math.max(keyEnd, valueEnd - 1));
    const eol = lines.text[lineEnd - 1] === '\n' ? lineEnd - 1 : lineEnd;
    const comment = lines.text.slice(valueEnd, eol).match(/\s+#.*$/)?.[0] ?? '';
    return { from: keyEnd, to: eol, text: `:${comment}\n${block(users, ' '.repeat(keyColumn + 2)).replace(/\n$/, '')}` };
  }
  if (seq.flow) {
    const close = lines.text.lastIndexOf(']', seq.range![1] - 1);
    let at = close;
    while (lines.text[at - 1] === ' ' || lines.text[at - 1] === '\n') at--;
    return { from: at, to: at, text: users.map((u) => `, ${flow(u)}`).join('') };
  }
  const last = seq.items[seq.items.length - 1] as Node;
  const dash = lines.text.lastIndexOf('-', (seq.items[0] as Node).range![0]);
  if (dash < 0 || lines.text.slice(lines.start(dash), dash).trim() !== '') throw new LayoutError();
  // Users separated by a blank line get one before the new ones too.
  const spaced = seq.items.length > 1 && /\n[ \t]*\n[ \t]*$/.test(lines.text.slice(0, lines.start(last.range![0])));
  return lines.insertLines(lines.after(last.range![1] - 1), `${spaced ? '\n' : ''}${block(users, ' '.repeat(lines.column(dash)))}`);
}

/** Users as block list items at `indent`, each field on its own line, values in flow style. */
function block(users: WrittenUser[], indent: string): string {
  return users
    .map((u) => Object.entries(u).map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${flow(v)}\n`).join(''))
    .join('');
}

/**
 * One value as YAML flow text, in org.yaml's usual style (`[Sales, Support]`, `{ email: a@x.in, name: A }`):
 * scalars quoted where YAML would read them as something else, unsafe characters escaped.
 */
function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  const doc = new Document(value);
  quoteUnsafeStrings(doc);
  return escapeUnsafeYaml(doc.toString(PRINT)).trimEnd();
}

function holdsMerge(was: object, after: string, users: WrittenUser[]): boolean {
  const doc = parseDocument(after);
  if (doc.errors.length > 0) return false;
  let now: Record<string, unknown>;
  try {
    now = doc.toJS() as Record<string, unknown>;
  } catch {
    return false; // an alias whose anchor the edit removed (a pruned or changed value carried it)
  }
  return JSON.stringify({ ...was, users }) === JSON.stringify({ ...now, users: now.users ?? [] }) && JSON.stringify(now.users) === JSON.stringify(users);
}

function reprint(text: string, users: WrittenUser[]): string {
  const doc = parseDocument(text);
  doc.set('users', doc.createNode(users));
  quoteUnsafeStrings(doc);
  return escapeUnsafeYaml(doc.toString(PRINT));
}
