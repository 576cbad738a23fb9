import type { Dispatcher } from 'undici';

export interface ReadBody {
  text: string;
  value: unknown;
  /** The body was meant to be JSON (or looked like it) but did not parse: truncated or an HTML page. */
  invalidJson: boolean;
}

/** Reads a response body; JSON when the vendor says so or it looks like JSON. */
export async function readBody(response: Dispatcher.ResponseData): Promise<ReadBody> {
  const text = await response.body.text();
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
function snippet(text: string): string {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}
