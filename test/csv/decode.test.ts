/** People CSV bytes to text (src/csv/decode.ts): UTF-8 by default, Windows-1252 and UTF-16 only when named. */
import { describe, expect, it } from 'vitest';
import { decodeCsv, decodeWindows1252, parseEncoding } from '../../src/csv/decode.js';

describe('csv decoding', () => {
  it('maps every Windows-1252 byte as the WHATWG index does (0x80 is €, not U+0080)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect([...text.slice(0x80, 0xa0)].join('')).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(text.slice(0, 0x80)).toBe(String.fromCharCode(...all.slice(0, 0x80)));
    expect(text.slice(0xa0)).toBe('\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ');
  });

  it('reads UTF-8 (its byte-order mark dropped) and refuses anything else unless named, at the first foreign byte', () => {
    expect(decodeCsv(Buffer.from('\uFEFFemail\nRené\n'), 'utf-8')).toEqual({ ok: true, text: 'email\nRené\n' });
    expect(decodeCsv(Buffer.from('email\r\nRen\xe9\n', 'latin1'), 'utf-8')).toMatchObject({ ok: false, at: { line: 2, column: 4 } });
    expect(decodeCsv(Buffer.from('\uFEFFa\tb\n', 'utf16le'), 'utf-8')).toMatchObject({ ok: false, problem: expect.stringContaining('--encoding utf-16') });
  });

  it('decodes UTF-16 in either byte order, and refuses a named encoding the bytes are not', () => {
    expect(decodeCsv(Buffer.from('\uFEFFRené\n', 'utf16le'), 'utf-16')).toEqual({ ok: true, text: 'René\n' });
    const be = Buffer.from('\uFEFFRené\n', 'utf16le').swap16();
    expect(decodeCsv(be, 'utf-16')).toEqual({ ok: true, text: 'René\n' });
    expect(decodeCsv(Buffer.from('René'), 'utf-16')).toMatchObject({ ok: false });
    expect(decodeCsv(Buffer.from('René'), 'windows-1252')).toMatchObject({ ok: false, problem: expect.stringContaining('UTF-8 text, not Windows-1252') });
    expect(decodeCsv(Buffer.from('plain ascii'), 'windows-1252')).toEqual({ ok: true, text: 'plain ascii' });
  });

  it('knows the usual names of each encoding', () => {
    expect(['UTF8', 'cp1252', 'Latin1', 'unicode', 'utf-16le'].map(parseEncoding)).toEqual(['utf-8', 'windows-1252', 'windows-1252', 'utf-16', 'utf-16']);
    expect(parseEncoding('ebcdic')).toBeNull();
  });
});
