/**
 * Reads org.yaml as UTF-8 text, refusing what no real org.yaml can be (a folder, more than 32 MiB, invalid
 * UTF-8) with a clear diagnostic instead of an exception.
 */
import { readFile, stat } from 'node:fs/promises';
import { CODES, type CodeInfo } from './codes.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * 32 MiB: a 50,000-user org written out in full is about 8 MiB, so this leaves room for the largest real
 * organisations while refusing a runaway generated file (or a 50 MB one) before parsing it.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic; text: string };

function fail(file: string, code: CodeInfo, message: string, at = { line: 1, column: 1 }, text = '', hint = code.hint): ReadResult {
  return { ok: false, text, diagnostic: { severity: 'error', code: code.code, message, hint, file, ...at } };
}

/**
 * UTF-16 or UTF-32 (what "Unicode" means in some Windows editors), by its byte-order mark or, without one,
 * by the NUL bytes every ASCII character then carries (org.yaml starts with ASCII keys). Without this, the
 * strict decoder would stop at some late byte and point at a line that means nothing to the author.
 */
export function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 (little-endian)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)';
  const head = bytes.subarray(0, 64);
  if (head.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  head.forEach((byte, i) => {
    if (byte === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  });
  const pairs = Math.floor(head.length / 2);
  // ASCII as UTF-32: three NULs in every four bytes.
  if (evenNul + oddNul >= head.length * 0.7) return head[0] === 0 ? 'UTF-32 (big-endian)' : 'UTF-32 (little-endian)';
  // ASCII text as UTF-16: one byte of every pair is NUL (the odd one little-endian, the even one big-endian).
  if (oddNul >= pairs * 0.75 && evenNul === 0) return 'UTF-16 (little-endian)';
  if (evenNul >= pairs * 0.75 && oddNul === 0) return 'UTF-16 (big-endian)';
  return undefined;
}

export async function readSource(file: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail(file, CODES.unreadable, `${file} is not a file`);
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail(file, CODES.fileNotFound, `${file} not found`);
    return fail(file, CODES.unreadable, `cannot read ${file} (${code ?? 'unknown error'})`);
  }
  // Checked before reading, so a huge file is never loaded.
  if (size > MAX_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return fail(file, CODES.fileTooLarge, `${file} is ${mb} MB; org.yaml files are limited to 32 MB`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return fail(file, CODES.unreadable, `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  return decode(file, bytes);
}

/** Strict UTF-8 decoding; a leading BOM is dropped. A UTF-16/UTF-32 file is named as such, at 1:1. */
export function decode(file: string, bytes: Uint8Array): ReadResult {
  const wide = wideEncoding(bytes);
  if (wide) {
    return fail(file, CODES.invalidUtf8, `${file} is saved as ${wide}, not UTF-8`, { line: 1, column: 1 }, '', `Save the file as UTF-8 (most editors: "Save with encoding" → UTF-8); ${wide} is not read.`);
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
    const hex = bytes[offset]?.toString(16).padStart(2, '0') ?? '';
    return fail(file, CODES.invalidUtf8, `${file} is not valid UTF-8: byte 0x${hex} at offset ${offset}`, { line, column },
      new TextDecoder('utf-8').decode(bytes));
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (bytes.length when valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlongs and surrogates are rejected by TextDecoder too; checking them here only refines the offset.
    if (n > 0 && !decodes(bytes.subarray(i, i + n + 1))) return i;
    i += n + 1;
  }
  return bytes.length;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
