/**
 * Reads a JSON file whose top level is an object piece by piece, as the file's chunks arrive: each member's
 * value is parsed with JSON.parse on its own bytes, and a member whose value is an array element by element.
 * Memory (docs/BENCHMARKS.md, Memory, third round): `JSON.parse(await readFile(file, 'utf8'))` holds the
 * whole file as bytes, then as a string, then the parsed data; a 50,000-user sandbox state is a 48 MB file,
 * so the read peaked ~100 MB above the data. Here only one chunk and one piece (a user: ~1 KB) are held.
 *
 * The splitter only finds where pieces begin and end (strings, escapes, brackets); JSON.parse still checks
 * every piece. Whenever the text is not such a document (another top level, a byte JSON does not allow
 * between pieces, a piece JSON.parse refuses, a missing end), this returns `null` and the caller parses the
 * whole text as before, so a broken file gets exactly JSON.parse's own error. For a valid document the
 * result equals JSON.parse's: the same members in the same order (a repeated key keeps its first place and
 * its last value), `__proto__` an own member as JSON.parse makes it.
 */
import { open } from 'node:fs/promises';

const CHUNK_BYTES = 1 << 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** JSON's whitespace: space, tab, line feed, carriage return (nothing else, not even a BOM). */
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Where the splitter is in `{ "key": value | [ element, … ], … }`. */
const enum At {
  Start, // before the top-level `{`
  KeyOrClose, // after `{`: a key or `}`
  Key, // after a `,` between members: a key
  Colon, // after a key
  Value, // after `:`
  ElementOrClose, // after a member's `[`: an element or `]`
  Element, // after a `,` between elements
  AfterMember, // after a member's whole array: `,` or `}`
  End, // after the top-level `}`: only whitespace
}

/** What a piece (a run of bytes JSON.parse reads alone) is. */
const enum Piece {
  Key,
  Value,
  Element,
}

class NotSplit extends Error {}

export class PieceSplitter {
  private at = At.Start;
  private readonly out: Record<string, unknown> = {};
  private key = '';
  private array: unknown[] = [];
  /** The piece being read: its kind, where it began in this chunk (-1: in an earlier one), its earlier bytes. */
  private piece: Piece | null = null;
  private start = -1;
  private parts: Buffer[] = [];
  /** Inside the piece: in a string, just after a backslash there, how deep in brackets. */
  private inString = false;
  private escaped = false;
  private depth = 0;
  /** The next backslash of the current chunk at or after some index (-1: none left), so each chunk is searched once. */
  private backslash = -1;
  private backslashFrom = Infinity;

  /** Feeds the next bytes of the file; throws NotSplit (see `parseJsonPieces`) when the text is not splittable. */
  push(chunk: Buffer): void {
    this.backslashFrom = Infinity;
    let i = 0;
    while (i < chunk.length) {
      if (this.piece !== null) i = this.scanPiece(chunk, i);
      else if (isSpace(chunk[i]!)) i += 1;
      else i = this.between(chunk[i]!, i);
    }
    if (this.piece !== null) this.parts.push(Buffer.from(chunk.subarray(Math.max(0, this.start), chunk.length)));
    this.start = -1;
  }

  /** The parsed document; throws NotSplit when the text ended early. */
  end(): Record<string, unknown> {
    if (this.at !== At.End || this.piece !== null) throw new NotSplit();
    return this.out;
  }

  private begin(kind: Piece, index: number, inString: boolean): void {
    this.piece = kind;
    this.start = index;
    this.parts = [];
    this.depth = 0;
    this.inString = inString;
    this.escaped = false;
  }

  /** A byte `b` at `index` that is not whitespace, outside any piece; returns the index to go on from. */
  private between(b: number, index: number): number {
    switch (this.at) {
      case At.Start:
        if (b !== OPEN_OBJECT) throw new NotSplit();
        this.at = At.KeyOrClose;
        return index + 1;
      case At.KeyOrClose:
      case At.Key:
        if (b === CLOSE_OBJECT && this.at === At.KeyOrClose) {
          this.at = At.End;
          return index + 1;
        }
        if (b !== QUOTE) throw new NotSplit();
        this.begin(Piece.Key, index, true);
        return index + 1;
      case At.Colon:
        if (b !== COLON) throw new NotSplit();
        this.at = At.Value;
        return index + 1;
      case At.Value:
        if (b === OPEN_ARRAY) {
          this.array = [];
          this.at = At.ElementOrClose;
          return index + 1;
        }
        return this.startPiece(Piece.Value, index);
      case At.ElementOrClose:
      case At.Element:
        if (b === CLOSE_ARRAY && this.at === At.ElementOrClose) {
          this.set(this.array);
          this.at = At.AfterMember;
          return index + 1;
        }
        return this.startPiece(Piece.Element, index);
      case At.AfterMember:
        if (b === COMMA) this.at = At.Key;
        else if (b === CLOSE_OBJECT) this.at = At.End;
        else throw new NotSplit();
        return index + 1;
      case At.End:
        throw new NotSplit();
    }
  }

  /** A value or element begins at `index`; its first byte is scanned with the rest (it may open a string or brackets). */
  private startPiece(kind: Piece, index: number): number {
    // One that begins with what ends a piece (`[1,]`, `{"a":}`) is empty, which JSON.parse refuses.
    this.begin(kind, index, false);
    return index;
  }

  private nextBackslash(chunk: Buffer, i: number): number {
    if (this.backslashFrom > i || (this.backslash >= 0 && this.backslash < i)) {
      this.backslash = chunk.indexOf(BACKSLASH, i);
      this.backslashFrom = i;
    }
    return this.backslash;
  }

  /** Scans the current piece from `i`; returns the index after the byte that ended it, or `chunk.length`. */
  private scanPiece(chunk: Buffer, i: number): number {
    const n = chunk.length;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i += 1;
          continue;
        }
        // Strings are most of the bytes: jump to the next quote or backslash.
        const quote = chunk.indexOf(QUOTE, i);
        const backslash = this.nextBackslash(chunk, i);
        if (backslash >= 0 && (quote < 0 || backslash < quote)) {
          this.escaped = true;
          i = backslash + 1;
          continue;
        }
        if (quote < 0) return n;
        this.inString = false;
        i = quote + 1;
        if (this.piece === Piece.Key) {
          this.finish(chunk, i);
          this.at = At.Colon;
          return i;
        }
        continue;
      }
      const b = chunk[i]!;
      if (b === QUOTE) this.inString = true;
      else if (b === OPEN_OBJECT || b === OPEN_ARRAY) this.depth += 1;
      else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY || b === COMMA) {
        if (this.depth === 0) {
          const kind = this.piece!;
          this.finish(chunk, i);
          this.after(kind, b);
          return i + 1;
        }
        if (b !== COMMA) this.depth -= 1;
      }
      i += 1;
    }
    return n;
  }

  /** The piece ends before `end` in `chunk`: parses it and stores it where it belongs. */
  private finish(chunk: Buffer, end: number): void {
    const start = Math.max(0, this.start);
    const text = this.parts.length === 0 ? chunk.toString('utf8', start, end) : Buffer.concat([...this.parts, chunk.subarray(start, end)]).toString('utf8');
    const kind = this.piece;
    this.piece = null;
    this.parts = [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new NotSplit();
    }
    if (kind === Piece.Key) this.key = value as string;
    else if (kind === Piece.Value) this.set(value);
    else this.array.push(value);
  }

  /** The byte `b` (`,` `]` or `}`, outside any brackets) ended a value or an element. */
  private after(kind: Piece, b: number): void {
    if (kind === Piece.Value) {
      if (b === COMMA) this.at = At.Key;
      else if (b === CLOSE_OBJECT) this.at = At.End;
      else throw new NotSplit();
      return;
    }
    if (b === COMMA) this.at = At.Element;
    else if (b === CLOSE_ARRAY) {
      this.set(this.array);
      this.at = At.AfterMember;
    } else throw new NotSplit();
  }

  private set(value: unknown): void {
    // As JSON.parse does, `__proto__` is an own member, not the prototype.
    if (this.key === '__proto__') Object.defineProperty(this.out, this.key, { value, enumerable: true, writable: true, configurable: true });
    else this.out[this.key] = value;
  }
}

/**
 * The parsed JSON document in `file`, read in chunks piece by piece (see the header), or `null` when the
 * text is not a top-level object this splitter reads (the caller then parses the whole text).
 */
export async function parseJsonPieces(file: string): Promise<Record<string, unknown> | null> {
  const handle = await open(file, 'r');
  try {
    const splitter = new PieceSplitter();
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      splitter.push(chunk.subarray(0, bytesRead));
    }
    return splitter.end();
  } catch (error) {
    if (error instanceof NotSplit) return null;
    throw error;
  } finally {
    await handle.close();
  }
}

/** The same for text already in memory (tests, seeds); `null` as above. */
export function parseJsonTextPieces(text: string | Buffer, chunkBytes = CHUNK_BYTES): Record<string, unknown> | null {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const splitter = new PieceSplitter();
  try {
    for (let i = 0; i < bytes.length; i += chunkBytes) splitter.push(bytes.subarray(i, Math.min(bytes.length, i + chunkBytes)));
    return splitter.end();
  } catch (error) {
    if (error instanceof NotSplit) return null;
    throw error;
  }
}
