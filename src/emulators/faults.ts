/**
 * Fault injection shared by every vendor emulator.
 *
 * A `FaultConfig` is parsed from a CLI string such as
 *   `rate=0.2,kinds=429+503+500+latency+reset+lost-create,retry-after=1,latency-ms=200,seed=42`
 * or a deterministic schedule that cycles per eligible request:
 *   `schedule=429+ok+ok+503` (commas also work: `schedule=429,ok,ok,503`).
 * Random decisions come from a seeded mulberry32, so a run with the same seed and the same request
 * sequence injects the same faults.
 */
import { RingformError } from '../errors.js';

export const FAULT_KINDS = ['429', '500', '503', 'latency', 'reset', 'lost-create'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
/** The keys of a fault spec (`rate=0.2,kinds=429+503`); `ringform emulate --help` and the README explain each. */
export const FAULT_OPTIONS = ['rate', 'kinds', 'schedule', 'methods', 'retry-after', 'latency-ms', 'seed'] as const;
export type ScheduleStep = FaultKind | 'ok';

export interface FaultConfig {
  /** Probability (0..1) that an eligible request gets a fault; ignored when `schedule` is set. */
  rate: number;
  kinds: FaultKind[];
  retryAfterSeconds: number;
  latencyMs: number;
  seed: number;
  /** Deterministic per-request sequence; cycles. */
  schedule?: ScheduleStep[];
  /** Only requests with these methods are eligible (upper case); all when absent. */
  methods?: string[];
}

export interface Fault {
  kind: FaultKind;
  retryAfterSeconds: number;
  latencyMs: number;
}

export interface FaultRequest {
  method: string;
  path: string;
}

export const DEFAULT_FAULTS: FaultConfig = {
  rate: 0,
  kinds: [],
  retryAfterSeconds: 1,
  latencyMs: 200,
  seed: 1,
};

/** A `--faults` spec that cannot be read: a user mistake (one line, no stack trace). */
export class FaultSpecError extends RingformError {
  override name = 'FaultSpecError';
}

export function parseFaultSpec(spec: string): FaultConfig {
  const config: FaultConfig = { ...DEFAULT_FAULTS, kinds: [...FAULT_KINDS] };
  let lastKey = '';
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    // `schedule=429,ok,ok,503`: bare items after a schedule continue the schedule.
    if (eq < 0 && lastKey === 'schedule') {
      config.schedule!.push(...parseSteps(part));
      continue;
    }
    if (eq < 0) throw new FaultSpecError(`fault spec item "${part}" is not key=value`);
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    applyFaultOption(config, key, value);
    lastKey = key;
  }
  if (config.rate > 0 && config.kinds.length === 0) throw new FaultSpecError('rate > 0 needs at least one kind');
  return config;
}

function applyFaultOption(config: FaultConfig, key: string, value: string): void {
  switch (key) {
    case 'rate':
      config.rate = parseNumber(key, value, 0, 1);
      return;
    case 'kinds':
      config.kinds = value.split('+').filter(Boolean).map(parseKind);
      return;
    case 'retry-after':
      config.retryAfterSeconds = parseNumber(key, value, 0, 86_400);
      return;
    case 'latency-ms':
      config.latencyMs = parseNumber(key, value, 0, 600_000);
      return;
    case 'seed':
      config.seed = Math.trunc(parseNumber(key, value, 0, 2 ** 32 - 1));
      return;
    case 'schedule':
      config.schedule = parseSteps(value);
      return;
    case 'methods':
      config.methods = value.split('+').filter(Boolean).map((m) => m.toUpperCase());
      return;
    default:
      throw new FaultSpecError(`unknown fault option "${key}" (known: ${FAULT_OPTIONS.join(', ')})`);
  }
}

function parseSteps(value: string): ScheduleStep[] {
  return value
    .split('+')
    .filter(Boolean)
    .map((s) => (s === 'ok' ? 'ok' : parseKind(s)));
}

function parseKind(value: string): FaultKind {
  if ((FAULT_KINDS as readonly string[]).includes(value)) return value as FaultKind;
  throw new FaultSpecError(`unknown fault kind "${value}" (known: ${FAULT_KINDS.join(', ')}, ok in schedules)`);
}

function parseNumber(key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new FaultSpecError(`fault option ${key}=${value} must be a number in [${min}, ${max}]`);
  }
  return n;
}

/** One line for the emulator's banner: which faults are on, e.g. `20% of requests: 429, 503 (seed 7; Retry-After 1 s)`. */
export function describeFaults(config: FaultConfig): string {
  const only = config.methods ? ` (${config.methods.join(', ')} only)` : '';
  const what = config.schedule
    ? `schedule ${config.schedule.join(' → ')}, repeating${only}`
    : config.rate > 0
      ? `${Math.round(config.rate * 1000) / 10}% of requests${only}: ${config.kinds.join(', ')} (seed ${config.seed})`
      : 'none (rate=0 and no schedule)';
  const kinds = new Set<ScheduleStep>(config.schedule ?? (config.rate > 0 ? config.kinds : []));
  const extra = [
    ...(kinds.has('429') || kinds.has('503') ? [`Retry-After ${config.retryAfterSeconds} s`] : []),
    ...(kinds.has('latency') ? [`latency ${config.latencyMs} ms`] : []),
  ];
  return extra.length > 0 ? `${what}; ${extra.join(', ')}` : what;
}

/** mulberry32: a tiny, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultInjectorOptions {
  /** Which requests are "creates" eligible for `lost-create`; default: every POST. */
  isCreate?: (req: FaultRequest) => boolean;
}

export class FaultInjector {
  private random: () => number;
  private step = 0;
  private readonly isCreate: (req: FaultRequest) => boolean;

  constructor(
    readonly config: FaultConfig = DEFAULT_FAULTS,
    options: FaultInjectorOptions = {},
  ) {
    this.random = mulberry32(config.seed);
    this.isCreate = options.isCreate ?? ((req) => req.method.toUpperCase() === 'POST');
  }

  /** Decide the fault for one request, or null to serve it normally. Consumes PRNG/schedule state. */
  decide(req: FaultRequest): Fault | null {
    const method = req.method.toUpperCase();
    if (this.config.methods && !this.config.methods.includes(method)) return null;
    const kind = this.config.schedule ? this.nextScheduled() : this.nextRandom(req);
    if (kind === null) return null;
    // lost-create only makes sense for a create; elsewhere the step is spent and the request served.
    if (kind === 'lost-create' && !this.isCreate(req)) return null;
    return { kind, retryAfterSeconds: this.config.retryAfterSeconds, latencyMs: this.config.latencyMs };
  }

  private nextScheduled(): FaultKind | null {
    const schedule = this.config.schedule!;
    if (schedule.length === 0) return null;
    const step = schedule[this.step++ % schedule.length]!;
    return step === 'ok' ? null : step;
  }

  private nextRandom(req: FaultRequest): FaultKind | null {
    if (this.config.rate <= 0) return null;
    if (this.random() >= this.config.rate) return null;
    const eligible = this.config.kinds.filter((k) => k !== 'lost-create' || this.isCreate(req));
    if (eligible.length === 0) return null;
    return eligible[Math.floor(this.random() * eligible.length)]!;
  }
}

/** An injector from a config, a CLI spec string, or null (no faults): what every emulator's `faults()` takes. */
export function injectorFor(config: FaultConfig | string | null, isCreate: (req: FaultRequest) => boolean): FaultInjector {
  const parsed = config === null ? DEFAULT_FAULTS : typeof config === 'string' ? parseFaultSpec(config) : config;
  return new FaultInjector(parsed, { isCreate });
}
