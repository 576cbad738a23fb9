/**
 * The progress line while live state is read (plan, apply, drift, import): what is being read and how far,
 * `Reading live state · users page 3 · answer rules 412 of 1,000 · 12 s`, on stderr (status-line.ts: in
 * place on a terminal, a plain line every 10 s in a CI log). Kinds drop off the line as they finish.
 * With --verbose the request log already shows each request, so there is no status line.
 */
import type { LiveOrg } from '../model/live.js';
import type { Provider, ReadContext, ReadProgress } from '../contract/provider.js';
import type { ReadScope } from '../plan/read-scope.js';
import type { IO } from './io.js';
import { count, elapsedText, StatusLine, type Clock } from './status-line.js';

export interface ReadDisplay {
  context: ReadContext;
  /** Erases the line: call when the read is over, before anything else is printed. */
  end(): void;
}

export function readProgress(io: IO, verbose = false, clock?: Clock): ReadDisplay {
  if (verbose) return { context: {}, end: () => undefined };
  const latest = new Map<string, ReadProgress>();
  const status = new StatusLine(io.stderr, (elapsed) => readingText([...latest.values()], elapsed), clock);
  return {
    context: {
      progress(event) {
        latest.set(event.what, event);
        status.update();
      },
    },
    end: () => status.end(),
  };
}

export function readingText(kinds: ReadProgress[], elapsedMs: number): string {
  const active = kinds.filter((k) => k.total === null || k.done < k.total).map(kindText);
  return ['Reading live state', ...active, elapsedText(elapsedMs)].join(' · ');
}

/** `users page 3`, `users page 3 of 11`, `answer rules 412 of 1,000`, `devices` (one request). */
function kindText(k: ReadProgress): string {
  if (k.unit === 'page') return `${k.what} page ${count(k.total === null ? k.done + 1 : Math.min(k.done + 1, k.total))}${k.total === null ? '' : ` of ${count(k.total)}`}`;
  if (k.total === 1) return k.what;
  return k.total === null ? `${k.what} ${count(k.done)}` : `${k.what} ${count(k.done)} of ${count(k.total)}`;
}

/** `provider.read()` with the progress line; the line is gone when it returns or throws. No scope: everything. */
export function readLive(provider: Provider, display: ReadDisplay, scope?: ReadScope): Promise<LiveOrg> {
  return provider.read(scope ? { ...display.context, scope } : display.context).finally(() => display.end());
}
