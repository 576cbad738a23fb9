/**
 * The command functions' window on the world, so tests call them directly with captured output.
 * Colour follows the usual conventions: off with --no-color, when NO_COLOR is set to a non-empty value
 * (no-color.org: an empty NO_COLOR does not count), or when the stream is not a TTY (unless FORCE_COLOR).
 */
export interface Output {
  write(text: string): void;
  isTTY: boolean;
  /** The terminal's width, when it is one (status lines are cut to it). */
  columns?: number;
}

export interface IO {
  stdout: Output;
  stderr: Output;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** `--insecure-http`: allow plain http to a vendor off loopback (credentials would travel in clear). */
  insecureHttp?: boolean;
  /** `--no-color`: no colour on stdout or stderr (diagnostics and errors included). */
  noColor?: boolean;
  /** `--timeout`: how long one vendor request may take, in ms (undefined: the HTTP client's default). */
  requestTimeoutMs?: number;
  /** `--rate`: vendor requests per second, over provider.limits.rate and the vendor's default. */
  requestRate?: number;
  /** Asks a yes/no question on the terminal; undefined when stdin is not interactive. */
  confirm?: (question: string) => Promise<boolean>;
}

export function colorFor(out: Output, env: NodeJS.ProcessEnv, disabled = false): boolean {
  if (disabled || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  if ('FORCE_COLOR' in env && env.FORCE_COLOR !== '0') return true;
  return out.isTTY;
}

/** Captures output in memory: what tests pass to the command functions. */
export function memoryIO(overrides: Partial<IO> = {}): IO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t) => void (out += t), isTTY: false },
    stderr: { write: (t) => void (err += t), isTTY: false },
    env: {},
    cwd: process.cwd(),
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
