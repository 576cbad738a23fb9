/**
 * The sandbox: ringform's embedded vendor. Live state is a local JSON file (default
 * `.ringform/sandbox.json` next to org.yaml), so the whole validate → plan → apply loop can be tried with
 * no account and no network. It refuses what strict vendors refuse (see rules.ts), so ordering bugs show
 * up here first.
 *
 * The state is read once by the first `apply` call and kept in memory across `apply` calls (serialised, so
 * the apply engine may run several at once); `read` hands the state it reads to the live model and forgets
 * it (one copy of a 50,000-user state in memory, not two), so the apply after it reads the file again. It
 * is written back atomically every FLUSH_EVERY actions, before any `read`, and on
 * `close()`, which every command calls in a `finally` (so also after Ctrl-C / SIGTERM, once in-flight
 * actions finish). A SIGKILL loses at most the last FLUSH_EVERY - 1 actions: the file then holds an earlier,
 * whole state, and since the sandbox state *is* the vendor, those actions simply never happened; the next
 * plan shows them again and apply re-does them. Writing once per action cost a parse and a rewrite of the
 * whole file per action (~226 s for 1,050 actions at 10k users).
 */
import { Redactor } from '../http/redact.js';
import { SecretResolver } from '../secret-refs.js';
import { sealSecrets } from './secrets.js';
import path from 'node:path';
import { RingformError } from '../../errors.js';
import type { ProviderConfig } from '../../model/org.js';
import { fullCapabilities } from '../../model/capabilities.js';
import type { Provider } from '../../contract/provider.js';
import { readingOne } from '../read-progress.js';
import { performAction } from './actions.js';
import { loadState, saveState, toLiveOrg, type SandboxState } from './state.js';

export const DEFAULT_SANDBOX_STATE = '.ringform/sandbox.json';

/** Actions between two writes of the state file during an apply (bounds the work a SIGKILL undoes). */
export const FLUSH_EVERY = 100;

export interface SandboxFiles {
  /** Absolute path of the state file. */
  state: string;
  /** Absolute path of the seed copied on first use, or null to start empty. */
  seed: string | null;
  /** The state file may be created if missing (it lies inside org.yaml's folder or the current folder). */
  creatable: boolean;
}

/**
 * Where the state and seed files are, and the rule that keeps a pull request's org.yaml from making a plan
 * job write files elsewhere on the machine:
 *
 * - both must be `.json` files (so never `.bashrc`, `authorized_keys`, `/etc/shadow`);
 * - a relative path that climbs out (`..`) of both the folder of org.yaml and the folder ringform runs in
 *   (`cwd`, the repository root in CI) may not create a state file: refused, with the fix. An absolute path
 *   is taken as written (a deliberate choice a reviewer sees as such);
 * - an existing state file elsewhere (a fleet's shared `../state/` folder) is used, but only ever rewritten
 *   when it already is a valid sandbox state, and always as a private (0600) file.
 *
 * The check is on the path as written, not on where symbolic links lead.
 */
export function sandboxFiles(config: ProviderConfig, cwd: string = process.cwd()): SandboxFiles {
  const seed = config.vendor.seed;
  if (seed !== undefined && typeof seed !== 'string') {
    throw new RingformError('provider.vendor.sandbox.seed must be the path of a sandbox state file');
  }
  const written = config.endpoint ?? DEFAULT_SANDBOX_STATE;
  const state = jsonFile(config, written, 'provider.endpoint');
  const inside = (dir: string) => {
    const rel = path.relative(path.resolve(dir), state);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  return {
    state,
    seed: seed === undefined ? null : jsonFile(config, seed, 'provider.vendor.sandbox.seed'),
    creatable: path.isAbsolute(written) || inside(config.baseDir) || inside(cwd),
  };
}

function jsonFile(config: ProviderConfig, written: string, field: string): string {
  if (!written.endsWith('.json')) {
    throw new RingformError(`${field} ${JSON.stringify(written)} is refused: a sandbox file must be a .json file. Fix: use a path such as .ringform/sandbox.json.`);
  }
  return path.resolve(config.baseDir, written);
}

export function createSandboxProvider(config: ProviderConfig, cwd?: string): Provider {
  const files = sandboxFiles(config, cwd);
  const secrets = new SecretResolver(config, process.env, new Redactor());
  let state: SandboxState | null = null;
  let unsaved = 0;
  const flush = async () => {
    if (state === null || unsaved === 0) return;
    await saveState(files.state, state);
    unsaved = 0;
  };
  let queue: Promise<unknown> = Promise.resolve();
  /** One state transaction at a time, in call order. */
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    type: 'sandbox',
    capabilities: fullCapabilities(),
    target: path.relative(process.cwd(), files.state) || files.state,
    read: (context) =>
      readingOne(context, 'sandbox state', () =>
        serialised(async () => {
          await flush();
          state = null;
          return toLiveOrg(await loadState(files));
        }),
      ),
    apply: (action, ids) =>
      serialised(async () => {
        state ??= await loadState(files);
        // performAction checks before it changes anything (actions.ts), so a refusal leaves `state` as it was.
        const result = performAction(state, sealSecrets(action, secrets), ids);
        unsaved += 1;
        if (unsaved >= FLUSH_EVERY) await flush();
        return result;
      }),
    close: () => serialised(flush),
  };
}
