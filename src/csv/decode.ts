/**
 * The bytes of a people CSV as text. Spreadsheets save CSV in one of three encodings: "CSV UTF-8" (the only
 * one read without being asked), "CSV (Comma delimited)" in the Windows code page (Windows-1252 in Western
 * locales), and "Unicode Text" (UTF-16, tab-separated). ringform never guesses between them: a file that is
 * not UTF-8 is refused with the place of its first foreign byte, unless `--encoding` names what it is.
 */
export const CSV_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

const ALIASES: Record<string, CsvEncoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'latin-1': 'windows-1252', latin1: 'windows-1252',
  'utf-16': 'utf-16', utf16: 'utf-16', 'utf-16le': 'utf-16', 'unicode': 'utf-16',
};

export function parseEncoding(name: string): CsvEncoding | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

/** Decoded text, or a problem for the caller to report (`at` is line:column in the file, when known). */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string; at?: { line: number; column: number } };

export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): Decoded {
  const utf16 = looksUtf16(bytes);
  if (encoding === 'utf-16') return utf16 ? { ok: true, text: decodeUtf16(bytes) } : { ok: false, problem: 'not UTF-16 text (no byte-order mark, no zero bytes); drop --encoding, or name the encoding the file has' };
  if (utf16) return { ok: false, problem: 'UTF-16 text (Excel\'s "Unicode Text"), not UTF-8; add --encoding utf-16, or in the spreadsheet save as "CSV UTF-8"' };
  const utf8 = strictUtf8(bytes);
  if (encoding === 'windows-1252') {
    // A UTF-8 file read as Windows-1252 turns every é into "Ã©": refused rather than garbled into org.yaml.
    if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { ok: false, problem: 'the file is UTF-8 text, not Windows-1252 (reading it as Windows-1252 would garble é into Ã©); drop --encoding' };
    return { ok: true, text: decodeWindows1252(bytes) };
  }
  if (utf8 !== null) return { ok: true, text: utf8 };
  return { ok: false, problem: 'not UTF-8 text (Windows-1252 or another legacy encoding?); add --encoding windows-1252, or in the spreadsheet save as "CSV UTF-8"', at: firstForeignByte(bytes) };
}

function looksUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0);
}

/** Little-endian unless the byte-order mark says big-endian (Excel writes LE with a BOM). */
function decodeUtf16(bytes: Uint8Array): string {
  return new TextDecoder(bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-16le').decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Where the first byte that is not UTF-8 stands (a Windows-1252 é is one byte, 0xE9): the lenient decoder puts U+FFFD there. */
function firstForeignByte(bytes: Uint8Array): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0]!.split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * Windows-1252 by the WHATWG Encoding Standard's index: ISO-8859-1 except 0x80–0x9F, which hold € ‚ ƒ „ … † ‡
 * ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ (five of them unassigned, kept as their C1 code point). Written out
 * because Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 becomes U+0080, not €).
 */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
