/**
 * A 2xx answer that should be a JSON list of objects, read object by object as its bytes arrive (issue 18,
 * memory): each object is parsed from its own bytes and handed to `each`, which keeps what the caller
 * needs of it. The whole body is never held, neither as bytes nor as one string nor as parsed objects: a
 * 50,000-agent NetSapiens answer (~40 MB) used to be all three at once.
 *
 * The same values come out as from `JSON.parse` of the whole body: a list element's value does not depend
 * on the rest of the text, and each element is parsed by `JSON.parse` itself. The scanner only finds where
 * each element begins and ends (braces outside strings), and checks what lies between elements (JSON
 * whitespace, one comma). Anything else leaves this path:
 *
 * - a body that does not start with `[` (an object, an error envelope, a BOM, empty): read whole, as
 *   `readBody` does (nothing was dropped yet);
 * - a body that starts with `[` but is not a list of objects (an element that is not an object, broken
 *   JSON): when the whole body is at most HEAD_BYTES it was kept, and is read as `readBody` does, so the
 *   caller sees exactly what it saw before; a larger one is described from its first HEAD_BYTES
 *   (`notJson` with a snippet, or `notObjects` with its first 200 characters).
 */
import type { Dispatcher } from 'undici';
import { BodyTooLarge, bodyOfText, snippet, type ReadBody } from './body.js';

/** The first bytes of a list answer kept for an error message (and, when the whole answer fits, for the exact old reading). */
export const HEAD_BYTES = 64 * 1024;

export type ListBody<R> =
  /** Every element was an object: `each` of each, in order. */
  | { kind: 'list'; items: R[] }
  /** Not a list answer: read whole, exactly as readBody. */
  | { kind: 'whole'; body: ReadBody }
  /** A large answer that is not JSON: a snippet of its start. */
  | { kind: 'notJson'; text: string }
  /** A large answer that is a list with an element that is not an object: its first 200 characters. */
  | { kind: 'notObjects'; shown: string };

type Wire = Record<string, unknown>;

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT, COMMA, QUOTE, BACKSLASH] = [0x5b, 0x5d, 0x7b, 0x7d, 0x2c, 0x22, 0x5c];

/** Where the scanner is between elements, or inside one. */
type State = 'before' | 'first' | 'after' | 'next' | 'inside' | 'done';

class Anomaly extends Error {
  constructor(readonly kind: 'notJson' | 'notObjects') {
    super(kind);
  }
}

/** Finds the list's elements in a stream of chunks; hands each element's text to `emit`. */
class ListScanner {
  state: State = 'before';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private pieces: Buffer[] = [];

  constructor(private readonly emit: (text: string) => void) {}

  /** Scans one chunk; throws an Anomaly at the first thing that is not a list of objects. */
  chunk(bytes: Buffer): void {
    let start = this.state === 'inside' ? 0 : -1;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.state === 'inside') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (b === BACKSLASH) this.escaped = true;
          else if (b === QUOTE) this.inString = false;
        } else if (b === QUOTE) this.inString = true;
        else if (b === OPEN_OBJECT || b === OPEN_ARRAY) this.depth++;
        else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
          if (--this.depth === 0) {
            this.pieces.push(bytes.subarray(start, i + 1));
            const text = this.pieces.length === 1 ? this.pieces[0]!.toString('utf8') : Buffer.concat(this.pieces).toString('utf8');
            this.pieces = [];
            this.state = 'after';
            start = -1;
            this.emit(text);
          }
        }
        continue;
      }
      if (WS.has(b)) continue;
      if (this.state === 'before') {
        if (b !== OPEN_ARRAY) throw new Anomaly('notJson');
        this.state = 'first';
      } else if (this.state === 'after') {
        if (b === COMMA) this.state = 'next';
        else if (b === CLOSE_ARRAY) this.state = 'done';
        else throw new Anomaly('notJson');
      } else if ((this.state === 'first' || this.state === 'next') && b === OPEN_OBJECT) {
        this.state = 'inside';
        this.depth = 1;
        start = i;
      } else if (this.state === 'first' && b === CLOSE_ARRAY) this.state = 'done';
      else throw new Anomaly(this.state === 'done' ? 'notJson' : elementKind(b));
    }
    if (this.state === 'inside') this.pieces.push(start <= 0 ? bytes : bytes.subarray(start));
  }
}

/** A value that starts with a letter, digit, quote, minus or bracket is JSON, just not an object. */
function elementKind(b: number): 'notJson' | 'notObjects' {
  return b === QUOTE || b === OPEN_ARRAY || b === 0x2d || (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) ? 'notObjects' : 'notJson';
}

/**
 * Reads a 2xx body as a list of objects, `each` of each as it arrives (module comment). Stops past
 * `maxBytes` with BodyTooLarge, as readBody does.
 */
export async function readListBody<R>(response: Dispatcher.ResponseData, maxBytes: number, each: (item: Wire) => R): Promise<ListBody<R>> {
  const declared = Number(response.headers['content-length']);
  const refuse = () => {
    response.body.destroy();
    return new BodyTooLarge(maxBytes);
  };
  if (Number.isFinite(declared) && declared > maxBytes) throw refuse();
  const items: R[] = [];
  const scanner = new ListScanner((text) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Anomaly('notJson');
    }
    items.push(each(value as Wire));
  });
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  let anomaly: Anomaly | null = null;
  for await (const chunk of response.body) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > maxBytes) throw refuse();
    // Until the scanner has seen `[`, everything is kept: a body that is not a list is read whole.
    if (headBytes < HEAD_BYTES || scanner.state === 'before') {
      head.push(bytes);
      headBytes += bytes.length;
    }
    if (anomaly !== null) continue;
    try {
      scanner.chunk(bytes);
    } catch (error) {
      if (!(error instanceof Anomaly)) throw error;
      anomaly = error;
    }
  }
  if (anomaly === null && scanner.state === 'done') return { kind: 'list', items };
  // Not a list of objects (or cut short): the old reading when the whole body was kept.
  if (size === headBytes) return { kind: 'whole', body: bodyOfText(Buffer.concat(head).toString('utf8'), response) };
  const start = Buffer.concat(head).toString('utf8');
  return anomaly?.kind === 'notObjects' ? { kind: 'notObjects', shown: start.slice(0, 200) } : { kind: 'notJson', text: snippet(start) };
}
