/**
 * Inert text (a leaf module, like errors.ts, so config, providers and render all use it): the ONE sanitiser for every string from outside ringform (vendor data, org.yaml, vendor error
 * bodies, file names) before it reaches a terminal. A vendor user named `ESC[2K`, `CR`, `ESC[8m` must not be
 * able to erase a line, move the cursor or hide the summary; a bidi override must not reorder what a
 * reviewer reads. Such characters are shown visibly escaped instead, so the reviewer sees that they are there:
 *
 * - C0 controls, DEL and C1 controls: `\x1b`, `\x7f`, `\x9b`; `\r` `\n` `\t` for the usual three (a newline
 *   is kept only where the caller asks for lines);
 * - bidi controls, zero-width and other invisible format characters (Unicode Cf), line and paragraph
 *   separators, lone surrogates: `\u202e`, `\u200b`, `\u2028`, `\ud800`, `\u{e0041}`.
 *
 * Zero-width joiner and non-joiner (U+200D, U+200C) are kept: they are part of how Indic scripts and emoji
 * are written and cannot move the cursor. A backslash is left as it is (paths on Windows); a name that
 * spells `\x1b` literally reads the same as an escaped ESC, which hides nothing.
 *
 * The Markdown counterpart, for pull-request comments and issues, is in `render/md.ts` and builds on this one.
 */

/** Every character that is not shown as itself. `u` flag: a lone surrogate is one code point (Cs). */
const UNSAFE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
const UNSAFE_KEEP_LINES = /(?![\u200c\u200d\n])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
const UNSAFE_KEEP_LINES_TABS = /(?![\u200c\u200d\n\t])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const cp = ch.codePointAt(0)!;
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\u{${cp.toString(16)}}`;
}

/** One line of inert text: every control, newline included, shown escaped. */
export function inert(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Inert text that keeps its line breaks (`\n`; a lone or paired CR is shown as `\r`). */
export function inertLines(text: string): string {
  return text.replace(UNSAFE_KEEP_LINES, escapeChar);
}

/** A source line for a code frame: tabs are kept so the caret under it lines up. */
export function inertSource(text: string): string {
  return text.replace(UNSAFE_KEEP_LINES_TABS, escapeChar);
}

/** Inert text with line breaks and tabs kept, each other unsafe character written by `escape` (e.g. as YAML). */
export function inertWith(text: string, escape: (ch: string, codePoint: number) => string): string {
  return text.replace(UNSAFE_KEEP_LINES_TABS, (ch) => escape(ch, ch.codePointAt(0)!));
}

/** True when `text` holds a character `inert` would escape (for tests and refusal messages). */
export function hasUnsafeText(text: string): boolean {
  return new RegExp(UNSAFE.source, 'u').test(text);
}
