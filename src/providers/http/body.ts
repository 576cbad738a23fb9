import type { Dispatcher } from 'undici';

export interface ReadBody {
  text: string;
  value: unknown;
  /** The body was meant to be JSON (or looked like it) but did not parse: truncated or an HTML page. */
  invalidJson: boolean;
}

/** A body over the cap: reading stops there (the client turns this into a ResponseTooLargeError). */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  constructor(readonly limitBytes: number) {
    super(`response body larger than ${limitBytes} bytes`);
  }
}

/** Reads a response body; JSON when the vendor says so or it looks like JSON. Stops past `maxBytes`. */
export async function readBody(response: Dispatcher.ResponseData, maxBytes = Number.POSITIVE_INFINITY): Promise<ReadBody> {
  return bodyOfText(await readCapped(response, maxBytes), response);
}

/** What readBody makes of a body's whole text (also list-body.ts, for a list answer that is not one). */
export function bodyOfText(text: string, response: Pick<Dispatcher.ResponseData, 'headers'>): ReadBody {
  if (text.trim() === '') return { text, value: null, invalidJson: false };
  const type = String(response.headers['content-type'] ?? '');
  const looksJson = type.includes('json') || /^\s*[[{]/.test(text);
  if (!looksJson) return { text: snippet(text), value: text, invalidJson: true };
  try {
    return { text, value: JSON.parse(text), invalidJson: false };
  } catch {
    return { text: snippet(text), value: null, invalidJson: true };
  }
}

/** The body as UTF-8 text; a declared or actual length over `maxBytes` throws BodyTooLarge without buffering the rest. */
async function readCapped(response: Dispatcher.ResponseData, maxBytes: number): Promise<string> {
  const declared = Number(response.headers['content-length']);
  const refuse = () => {
    response.body.destroy();
    return new BodyTooLarge(maxBytes);
  };
  if (Number.isFinite(declared) && declared > maxBytes) throw refuse();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw refuse();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The vendor's own words from a typical error body: `message`, `error`, `detail`. */
export function vendorMessageOf(body: unknown): string | null {
  if (typeof body === 'string') return snippet(body);
  if (typeof body !== 'object' || body === null) return null;
  for (const key of ['message', 'error', 'detail', 'error_description']) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}

/** A short, tag-free excerpt of a body for an error message (an HTML error page, say). */
export function snippet(text: string): string {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}
