/**
 * The sandbox's live state: one JSON file, read whole and written whole. Writes go to a temporary file
 * (0600, fsynced) that is then renamed over the state file, so a crash mid-apply leaves the state of the
 * last flush, never half a file. When the provider flushes is decided in index.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, access } from 'node:fs/promises';
import path from 'node:path';
import { RingformError } from '../../errors.js';
import type { Carried } from '../../model/fields.js';
import type { InviteStatus, Live, LiveOrg } from '../../model/live.js';
import type { Member } from '../../model/org.js';
import { defaultWebLogin } from '../../model/web-login.js';
import { parseJsonPieces } from './json-pieces.js';

export const SANDBOX_FORMAT = 'ringform-sandbox';
export const SANDBOX_VERSION = 1;

/**
 * What the sandbox keeps of an object: the record a plan's create carries (model/fields.ts `Carried`:
 * no steering fields such as a user's `invite` and `previously`), and a department's members, which
 * add-member and remove-member change.
 */
export type StoredDepartment = Carried<'department'> & { members: Member[] };
export type StoredUser = Live<Carried<'user'>> & { inviteStatus: InviteStatus; inviteSince?: string };

export interface SandboxState {
  format: typeof SANDBOX_FORMAT;
  version: typeof SANDBOX_VERSION;
  /** The next vendor id to hand out; ids look like `u-7`, one counter for all kinds. */
  nextId: number;
  roles: Live<Carried<'role'>>[];
  schedules: Live<Carried<'schedule'>>[];
  extensions: Live<Carried<'extension'>>[];
  users: StoredUser[];
  departments: Live<StoredDepartment>[];
}

const COLLECTIONS = ['roles', 'schedules', 'extensions', 'users', 'departments'] as const;
const INVITE_STATUSES = ['none', 'pending', 'accepted', 'unknown'];

export function emptySandboxState(): SandboxState {
  return {
    format: SANDBOX_FORMAT,
    version: SANDBOX_VERSION,
    nextId: 1,
    roles: [],
    schedules: [],
    extensions: [],
    users: [],
    departments: [],
  };
}

/**
 * The state as the neutral live model (vendor bookkeeping dropped). Not a copy: the live model takes the
 * state's objects, so whoever calls this must not change `state` afterwards (read() forgets it). A vendor holds
 * no steering fields: a user reads back with `invite: auto` and no `previously`, as from every other vendor
 * (a state file that has them, such as a hand-written seed, keeps its own).
 */
export function toLiveOrg(state: SandboxState): LiveOrg {
  for (const u of state.users) withDefaults(u.data, steeringDefaults);
  return {
    roles: state.roles,
    schedules: state.schedules,
    extensions: state.extensions,
    users: state.users as unknown as LiveOrg['users'],
    departments: state.departments,
  };
}

const preIssue19 = (): Pick<Carried<'user'>, 'forwarding' | 'voicemail'> => ({ forwarding: null, voicemail: null });
/** What a state file written before issue 19 lacks: the web-login defaults, no forwarding, nothing declared for voicemail. */
const issue19Defaults = () => ({ ...defaultWebLogin(), ...preIssue19() });
const steeringDefaults = () => ({ invite: 'auto' as const, previously: [] });

/**
 * Gives `record` each field of `defaults()` it lacks, in place (what `{ ...defaults(), ...record }` holds).
 * Memory (docs/BENCHMARKS.md, Memory, third round): this was that spread, a copy per user, and in V8 an
 * object made by a spread that then gains further fields gets a hidden class of its own: for the 50,000
 * users of a state file ~1.3 s of CPU and ~100 MB of peak RSS. Only the key order differs (a missing field
 * comes last), which nothing reads: the planner compares and hashes canonical JSON (plan/canonical.ts).
 */
export function withDefaults(record: object, defaults: () => object): void {
  const keys = defaultKeys.get(defaults) ?? defaultKeys.set(defaults, Object.keys(defaults())).get(defaults)!;
  if (keys.every((key) => Object.hasOwn(record, key))) return;
  const values = defaults() as Record<string, unknown>;
  for (const key of keys) if (!Object.hasOwn(record, key)) (record as Record<string, unknown>)[key] = values[key];
}
const defaultKeys = new Map<() => object, string[]>();

/** Reads and validates the state file; a missing file is created (when allowed) from the seed, or empty. */
export async function loadState({ state: file, seed, creatable }: { state: string; seed: string | null; creatable: boolean }): Promise<SandboxState> {
  if (!(await exists(file))) {
    if (!creatable) {
      throw new RingformError(
        `the sandbox state file ${file} (provider.endpoint) does not exist, and a relative path that climbs out (..) of both the folder of org.yaml and the current folder may not create one. ` +
          'Fix: use a path such as .ringform/sandbox.json, or run ringform from a folder that holds it.',
      );
    }
    await createStateFile(file, seed);
  }
  // Piece by piece (json-pieces.ts), not the whole text at once; a text it does not split is parsed whole.
  const data = await parseJsonPieces(file);
  return data === null ? parseState(await readFile(file, 'utf8'), file) : stateOf(data, file);
}

export async function saveState(file: string, state: SandboxState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  // Private (0600): the state lists people's names and emails. The rename gives an older 0644 file this mode.
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(JSON.stringify(state, null, 2) + '\n', 'utf8');
    await handle.sync(); // on disk before the rename makes it the state: a power cut leaves old or new, never torn
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  stateWrites += 1;
}

let stateWrites = 0;
/** How many times a state file has been written (renamed into place) in this process: tests count writes per apply. */
export function sandboxStateWrites(): number {
  return stateWrites;
}

async function createStateFile(file: string, seed: string | null): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  if (seed === null) return saveState(file, emptySandboxState());
  if (!(await exists(seed))) {
    throw new RingformError(`sandbox seed file ${seed} does not exist (provider.vendor.sandbox.seed)`);
  }
  // Written, not copied: the copy is private whatever the seed's own mode.
  await saveState(file, parseState(await readFile(seed, 'utf8'), seed));
}

export function parseState(text: string, file: string): SandboxState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw malformed(file, `not valid JSON (${(err as Error).message})`);
  }
  return stateOf(data, file);
}

/** Parsed JSON as a sandbox state: checked, and users written before issue 19 given the defaults. */
function stateOf(data: unknown, file: string): SandboxState {
  const problem = stateProblem(data);
  if (problem) throw malformed(file, problem);
  const state = data as SandboxState;
  // A state file (or seed) written before issue 19: its users have the web-login defaults, no forwarding
  // and nothing declared for voicemail.
  for (const u of state.users) withDefaults(u.data, issue19Defaults);
  return state;
}

/** The first thing wrong with the shape of a state document, or null. Checks structure, not meaning. */
function stateProblem(data: unknown): string | null {
  if (!isObject(data)) return 'expected a JSON object';
  if (data.format !== SANDBOX_FORMAT) return `"format" must be "${SANDBOX_FORMAT}"`;
  if (data.version !== SANDBOX_VERSION) return `"version" must be ${SANDBOX_VERSION} (found ${JSON.stringify(data.version)})`;
  if (!Number.isInteger(data.nextId) || (data.nextId as number) < 1) return '"nextId" must be a positive integer';
  for (const name of COLLECTIONS) {
    const list = data[name];
    if (!Array.isArray(list)) return `"${name}" must be an array`;
    for (const [i, item] of list.entries()) {
      const itemProblem = liveProblem(item, name === 'users');
      if (itemProblem) return `${name}[${i}]: ${itemProblem}`;
    }
  }
  return null;
}

function liveProblem(item: unknown, isUser: boolean): string | null {
  if (!isObject(item)) return 'expected an object';
  if (typeof item.id !== 'string' || item.id === '') return '"id" must be a non-empty string';
  if (!isObject(item.data)) return '"data" must be an object';
  if (isUser && !INVITE_STATUSES.includes(item.inviteStatus as string)) {
    return `"inviteStatus" must be one of ${INVITE_STATUSES.join(', ')}`;
  }
  return null;
}

function malformed(file: string, problem: string): RingformError {
  return new RingformError(
    `sandbox state file ${file} is malformed: ${problem}. Fix it, or delete it to start from the seed (or empty).`,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
