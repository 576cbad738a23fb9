/**
 * How fast each provider talks to its vendor: a request rate and a concurrency, defaulting to what is
 * known of the vendor's limits (the `PACE` next to each provider, with its source), overridable in org.yaml
 * (`provider.limits`) and on the command line (`--rate`). Precedence: --rate > provider.limits > default.
 * One `Pacer` per provider, shared by its HTTP clients, so a login or token request counts too.
 */
import type { ProviderLimits } from '../model/org.js';
import { Pacer, type PauseEvent } from './http/limiter.js';

/** A vendor's default pace, as data, with where it comes from ([S: …] a source, or [I: …] an assumption). */
export interface VendorPace {
  /** Requests per second. */
  rate: number;
  /** Requests in flight at once. */
  concurrency: number;
  source: string;
}

export type PaceOrigin = '--rate' | 'provider.limits' | 'default';

export interface Pace {
  rate: number;
  concurrency: number;
  rateFrom: PaceOrigin;
  concurrencyFrom: Exclude<PaceOrigin, '--rate'>;
}

/** --rate beats provider.limits.rate beats the vendor default; concurrency: provider.limits, else the default. */
export function resolvePace(vendor: VendorPace, limits: ProviderLimits | undefined, cliRate: number | undefined): Pace {
  const rate: Pick<Pace, 'rate' | 'rateFrom'> =
    cliRate !== undefined
      ? { rate: cliRate, rateFrom: '--rate' }
      : limits?.rate !== null && limits?.rate !== undefined
        ? { rate: limits.rate, rateFrom: 'provider.limits' }
        : { rate: vendor.rate, rateFrom: 'default' };
  const concurrency: Pick<Pace, 'concurrency' | 'concurrencyFrom'> =
    limits?.concurrency !== null && limits?.concurrency !== undefined
      ? { concurrency: limits.concurrency, concurrencyFrom: 'provider.limits' }
      : { concurrency: vendor.concurrency, concurrencyFrom: 'default' };
  return { ...rate, ...concurrency };
}

/** `12 requests/s`, `1 request every 3 s` (20 a minute reads better that way than 0.33/s). */
export function rateText(rate: number): string {
  if (rate >= 1) return `${Number(rate.toFixed(2))} request${rate === 1 ? '' : 's'}/s`;
  return `1 request every ${Number((1 / rate).toFixed(1))} s`;
}

const ORIGIN_TEXT: Record<PaceOrigin, string> = { '--rate': 'from --rate', 'provider.limits': 'from provider.limits', default: 'the provider default' };

/** One line for `--verbose`: `pace: 10 requests/s (the provider default), 4 at once (the provider default)`. */
export function describePace(pace: Pace): string {
  return `pace: ${rateText(pace.rate)} (${ORIGIN_TEXT[pace.rateFrom]}), ${pace.concurrency} at once (${ORIGIN_TEXT[pace.concurrencyFrom]})`;
}

/**
 * The pacer of one provider. The first time the vendor makes it pause, `onWarning` hears of it once, with
 * what to do if it keeps happening; later pauses are only counted (`pauses`).
 */
export function pacerFor(vendor: string, pace: Pace, onWarning?: (message: string) => void): Pacer & { pauses(): number } {
  let pauses = 0;
  const onPause = (event: PauseEvent) => {
    pauses++;
    if (pauses === 1) {
      onWarning?.(
        `${vendor} answered ${event.status} at ${rateText(pace.rate)}: every request waits ${(event.waitMs / 1000).toFixed(1)} s as it asked. ` +
          'If this keeps happening, lower the rate with --rate or provider.limits.rate.',
      );
    }
  };
  const pacer = new Pacer(pace.rate, {}, onPause);
  return Object.assign(pacer, { pauses: () => pauses });
}
