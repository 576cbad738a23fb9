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
import type { Provider } from '../provider.js';
import { readingOne } from '../read-progress.js';
import { performAction } from './actions.js';
import { loadState, saveState, toLiveOrg } from './state.js';

export const DEFAULT_SANDBOX_STATE = '.ringform/sandbox.json';

export interface SandboxFiles {
  /** Absolute path of the state file. */
  state: string;
  /** Absolute path of the seed copied on first use, or null to start empty. */
  seed: string | null;
}

export function sandboxFiles(config: ProviderConfig): SandboxFiles {
  const seed = config.vendor.seed;
  if (seed !== undefined && typeof seed !== 'string') {
    throw new RingformError('provider.vendor.sandbox.seed must be the path of a sandbox state file');
  }
  return {
    state: path.resolve(config.baseDir, config.endpoint ?? DEFAULT_SANDBOX_STATE),
    seed: seed === undefined ? null : path.resolve(config.baseDir, seed),
  };
}

export function createSandboxProvider(config: ProviderConfig): Provider {
  const files = sandboxFiles(config);
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
    read: (context) => readingOne(context, 'sandbox state', () => serialised(async () => toLiveOrg(await loadState(files.state, files.seed)))),
    apply: (action, ids) =>
      serialised(async () => {
        const state = await loadState(files.state, files.seed);
        const result = performAction(state, action, ids);
        await saveState(files.state, state);
        return result;
      }),
  };
}
