/**
 * commander's Command with one change: a Terraform-style single-dash flag (`-out=plan.json`,
 * `-detailed-exitcode`, `-auto-approve`) whose double-dash form exists gets one line naming it,
 * "unknown option '-out=plan.json'; did you mean --out?", instead of the error followed by the whole help.
 * Every other usage error keeps commander's behaviour (the error, then the help).
 */
import { Command } from 'commander';

export class RingformCommand extends Command {
  override createCommand(name?: string): RingformCommand {
    return new RingformCommand(name);
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    const long = errorOptions?.code === 'commander.unknownOption' ? singleDashLong(message, this) : null;
    if (long === null) return super.error(message, errorOptions);
    this.showHelpAfterError(false);
    return super.error(`${message}; did you mean ${long}?`, errorOptions);
  }
}

/** `--out` for "error: unknown option '-out=plan.json'" when `cmd` (or a parent) has `--out`; else null. */
export function singleDashLong(message: string, cmd: Command): string | null {
  const flag = /unknown option '(-[^'\s]+)'/.exec(message)?.[1];
  const name = flag === undefined ? undefined : /^-([a-z][a-z0-9-]+)(?:=.*)?$/i.exec(flag)?.[1];
  if (name === undefined) return null;
  const wanted = `--${name.toLowerCase()}`;
  for (let c: Command | null = cmd; c !== null; c = c.parent) {
    if (c.options.some((o) => o.long === wanted)) return wanted;
  }
  return null;
}
