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

function fail(file: string, code: CodeInfo, message: string, at = { line: 1, column: 1 }, text = ''): ReadResult {
  return { ok: false, text, diagnostic: { severity: 'error', code: code.code, message, hint: code.hint, file, ...at } };
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

/** Strict UTF-8 decoding; a leading BOM is dropped. */
export function decode(file: string, bytes: Uint8Array): ReadResult {
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
