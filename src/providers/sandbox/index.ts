/**
 * The sandbox: ringform's embedded vendor. Live state is a local JSON file (default
 * `.ringform/sandbox.json` next to org.yaml), so the whole validate → plan → apply loop can be tried with
 * no account and no network. It refuses what strict vendors refuse (see rules.ts), so ordering bugs show
 * up here first.
 *
 * Each `apply` reads the file, performs one action and writes the file back atomically; calls are
 * serialised, so the apply engine may run several at once.
 */
import path from 'node:path';
import { RingformError } from '../../errors.js';
import type { ProviderConfig } from '../../model/org.js';
import { fullCapabilities } from '../../model/capabilities.js';
import type { Provider } from '../../contract/provider.js';
import { readingOne } from '../read-progress.js';
import { performAction } from './actions.js';
import { loadState, saveState, toLiveOrg } from './state.js';

export const DEFAULT_SANDBOX_STATE = '.ringform/sandbox.json';

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
    read: (context) => readingOne(context, 'sandbox state', () => serialised(async () => toLiveOrg(await loadState(files)))),
    apply: (action, ids) =>
      serialised(async () => {
        const state = await loadState(files);
        const result = performAction(state, action, ids);
        await saveState(files.state, state);
        return result;
      }),
  };
}
