import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RingformError } from '../../../src/errors.js';
import { createProvider } from '../../../src/providers/registry.js';
import { createSandboxProvider, FLUSH_EVERY } from '../../../src/providers/sandbox/index.js';
import { emptySandboxState, sandboxStateWrites } from '../../../src/providers/sandbox/state.js';
import type { Action } from '../../../src/plan/types.js';
import { createA, updateA } from '../../helpers/actions.js';
import { sandboxConfig, user } from '../../helpers/model.js';
import { tmpDir } from '../../helpers/tmp.js';
import { rejection } from '../../helpers/rejection.js';

const noIds = () => undefined;

describe('sandbox state file', () => {
  it('is created on first use at .ringform/sandbox.json next to org.yaml', async () => {
    const dir = await tmpDir();
    const live = await createSandboxProvider(sandboxConfig(dir)).read();
    expect(live).toEqual({ roles: [], schedules: [], extensions: [], users: [], departments: [] });
    const saved = JSON.parse(await readFile(path.join(dir, '.ringform/sandbox.json'), 'utf8'));
    expect(saved).toEqual(emptySandboxState());
  });

  it('persists on close, so a new instance sees it', async () => {
    const dir = await tmpDir();
    const config = sandboxConfig(dir, { endpoint: 'state/live.json' });
    const first = createSandboxProvider(config);
    await first.apply(createA('user', user('a@x.com')), noIds);
    await first.close!();
    const again = createSandboxProvider(config);
    expect((await again.read()).users.map((u) => u.data.email)).toEqual(['a@x.com']);
    await again.apply(createA('user', user('b@x.com')), noIds);
    await again.close!();
    const state = JSON.parse(await readFile(path.join(dir, 'state/live.json'), 'utf8'));
    expect(state.nextId).toBe(3);
    expect(state.users.map((u: { id: string }) => u.id)).toEqual(['u-1', 'u-2']);
    expect(await readdir(path.join(dir, 'state'))).toEqual(['live.json']);
  });

  it('leaves the file untouched when an action is refused', async () => {
    const dir = await tmpDir();
    const provider = createSandboxProvider(sandboxConfig(dir));
    await provider.apply(createA('user', user('a@x.com')), noIds);
    await provider.close!();
    const before = await readFile(path.join(dir, '.ringform/sandbox.json'), 'utf8');
    expect((await rejection(provider.apply(createA('user', user('a@x.com')), noIds), RingformError)).message).toMatch('409');
    await provider.close!();
    expect(await readFile(path.join(dir, '.ringform/sandbox.json'), 'utf8')).toBe(before);
  });

  it('writes the state file once per FLUSH_EVERY actions and once on close, not once per action', async () => {
    const dir = await tmpDir();
    const provider = createSandboxProvider(sandboxConfig(dir));
    await provider.read(); // creates the file (one write)
    const before = sandboxStateWrites();
    const emails = Array.from({ length: FLUSH_EVERY + 5 }, (_, i) => `u${i}@x.com`);
    for (const e of emails) await provider.apply(createA('user', user(e)), noIds);
    expect(sandboxStateWrites() - before).toBe(1);
    const saved = JSON.parse(await readFile(path.join(dir, '.ringform/sandbox.json'), 'utf8'));
    expect(saved.users).toHaveLength(FLUSH_EVERY); // a SIGKILL now loses only the last 5
    await provider.close!();
    expect(sandboxStateWrites() - before).toBe(2);
    await provider.close!(); // nothing new: no write
    expect(sandboxStateWrites() - before).toBe(2);
    expect(JSON.parse(await readFile(path.join(dir, '.ringform/sandbox.json'), 'utf8')).users).toHaveLength(FLUSH_EVERY + 5);
    expect(await readdir(path.join(dir, '.ringform'))).toEqual(['sandbox.json']);
  });

  it('undoes a refused replace, so later actions see the state as it was', async () => {
    const provider = createSandboxProvider(sandboxConfig(await tmpDir()));
    await provider.apply(createA('user', user('a@x.com')), noIds);
    await provider.apply(createA('user', user('b@x.com')), noIds);
    const replace = { ...createA('user', user('a@x.com')), kind: 'replace', vendorId: null, after: user('b@x.com') } as unknown as Action;
    expect((await rejection(provider.apply(replace, noIds), RingformError)).message).toMatch('409');
    expect((await provider.read()).users.map((u) => u.data.email)).toEqual(['a@x.com', 'b@x.com']);
  });

  it('serialises concurrent applies', async () => {
    const provider = createSandboxProvider(sandboxConfig(await tmpDir()));
    const emails = Array.from({ length: 12 }, (_, i) => `u${i}@x.com`);
    await Promise.all(emails.map((e) => provider.apply(createA('user', user(e)), noIds)));
    expect((await provider.read()).users).toHaveLength(12);
  });

  it('reads a deep copy', async () => {
    const provider = createSandboxProvider(sandboxConfig(await tmpDir()));
    await provider.apply(createA('user', user('a@x.com')), noIds);
    const live = await provider.read();
    live.users[0]!.data.name = 'changed';
    expect((await provider.read()).users[0]!.data.name).toBe('a');
  });

  it('starts from the seed when the state file does not exist yet, and only then', async () => {
    const dir = await tmpDir();
    const seed = { ...emptySandboxState(), nextId: 8, users: [{ id: 'u-7', data: user('seed@x.com'), inviteStatus: 'accepted' }] };
    await writeFile(path.join(dir, 'seed.json'), JSON.stringify(seed));
    const config = sandboxConfig(dir, { vendor: { seed: 'seed.json' } });
    const provider = createSandboxProvider(config);
    expect((await provider.read()).users).toEqual(seed.users);
    const { id } = await provider.apply(updateA('user', user('seed@x.com'), { name: 'Seed' }), noIds);
    expect(id).toBe('u-7');
    await provider.close!();
    expect((await createSandboxProvider(config).read()).users[0]!.data.name).toBe('Seed');
    expect(JSON.parse(await readFile(path.join(dir, 'seed.json'), 'utf8'))).toEqual(seed);
  });

  it('reads users of a state file written before issue 19 with the defaults, keeping the fields the file has', async () => {
    const dir = await tmpDir();
    const { forwarding, voicemail, loginId, loginBasedCalling, callerIds, agentGroups, reportsOf, allowedIps, invite, previously, ...old } = user('a@x.com');
    void [forwarding, voicemail, loginId, loginBasedCalling, callerIds, agentGroups, reportsOf, allowedIps, invite, previously];
    const users = [
      { id: 'u-1', data: old, inviteStatus: 'accepted' },
      { id: 'u-2', data: { ...old, email: 'b@x.com', callerIds: ['+15550001'], invite: 'never' }, inviteStatus: 'none' },
      { id: 'u-3', data: { ...old, email: 'c@x.com' }, inviteStatus: 'none' },
    ];
    const file = path.join(dir, '.ringform/sandbox.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ ...emptySandboxState(), nextId: 4, users }));
    const read = (await createSandboxProvider(sandboxConfig(dir)).read()).users;
    const defaults = { loginId: null, loginBasedCalling: false, callerIds: [], agentGroups: [], reportsOf: 'all', allowedIps: [], forwarding: null, voicemail: null, invite: 'auto', previously: [] };
    expect(read.map((u) => u.data)).toEqual([
      { ...old, ...defaults },
      { ...old, ...defaults, email: 'b@x.com', callerIds: ['+15550001'], invite: 'never' },
      { ...old, ...defaults, email: 'c@x.com' },
    ]);
    expect(read[0]!.data.callerIds).not.toBe(read[2]!.data.callerIds); // each user its own list
    expect(read.map((u) => u.inviteStatus)).toEqual(['accepted', 'none', 'none']);
  });

  it('writes the defaults of a user read from a state file written before issue 19, and no steering fields', async () => {
    const dir = await tmpDir();
    const { forwarding, voicemail, loginId, loginBasedCalling, callerIds, agentGroups, reportsOf, allowedIps, invite, previously, ...old } = user('a@x.com');
    void [forwarding, voicemail, loginId, loginBasedCalling, callerIds, agentGroups, reportsOf, allowedIps, invite, previously];
    const file = path.join(dir, '.ringform/sandbox.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ ...emptySandboxState(), nextId: 3, users: [{ id: 'u-1', data: old, inviteStatus: 'none' }, { id: 'u-2', data: { ...old, email: 'b@x.com' }, inviteStatus: 'none' }] }));
    const provider = createSandboxProvider(sandboxConfig(dir));
    await provider.apply(updateA('user', user('a@x.com'), { name: 'Renamed' }), noIds);
    await provider.close!();
    const saved = JSON.parse(await readFile(file, 'utf8')) as { users: { data: Record<string, unknown> }[] };
    const stored = { loginId: null, loginBasedCalling: false, callerIds: [], agentGroups: [], reportsOf: 'all', allowedIps: [], forwarding: null, voicemail: null };
    expect(saved.users[1]!.data).toEqual({ ...old, ...stored, email: 'b@x.com' });
    expect(saved.users[0]!.data.name).toBe('Renamed');
  });

  it('names a missing seed file', async () => {
    const dir = await tmpDir();
    const provider = createSandboxProvider(sandboxConfig(dir, { vendor: { seed: 'nope.json' } }));
    expect((await rejection(provider.read(), RingformError)).message).toMatch(`sandbox seed file ${path.join(dir, 'nope.json')} does not exist`);
  });

  it.each([
    ['not json', '{', 'not valid JSON'],
    ['wrong format', JSON.stringify({ ...emptySandboxState(), format: 'x' }), '"format" must be "ringform-sandbox"'],
    ['wrong version', JSON.stringify({ ...emptySandboxState(), version: 2 }), '"version" must be 1'],
    ['missing list', JSON.stringify({ ...emptySandboxState(), users: undefined }), '"users" must be an array'],
    ['bad item', JSON.stringify({ ...emptySandboxState(), roles: [{ data: {} }] }), 'roles[0]: "id" must be a non-empty string'],
    [
      'bad invite status',
      JSON.stringify({ ...emptySandboxState(), users: [{ id: 'u-1', data: {}, inviteStatus: 'maybe' }] }),
      'users[0]: "inviteStatus" must be one of none, pending, accepted',
    ],
  ])('reports a malformed state file (%s), naming it', async (_, text, problem) => {
    const dir = await tmpDir();
    const file = path.join(dir, '.ringform/sandbox.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    const read = createSandboxProvider(sandboxConfig(dir)).read();
    await rejection(read, RingformError);
    expect((await rejection(read, RingformError)).message).toMatch(`sandbox state file ${file} is malformed: ${problem}`);
  });

  it('shows its state path relative to the working directory as its target', async () => {
    const dir = await tmpDir();
    const provider = createSandboxProvider(sandboxConfig(dir));
    expect(provider.target).toBe(path.relative(process.cwd(), path.join(dir, '.ringform/sandbox.json')));
    expect(provider.type).toBe('sandbox');
    expect(provider.capabilities.user.operations.invite).toEqual({ level: 'api' });
  });
});

describe('provider registry', () => {
  it('creates the sandbox', async () => {
    const provider = await createProvider(sandboxConfig(await tmpDir()));
    expect(provider.type).toBe('sandbox');
  });

  it('refuses an unknown provider type by name', async () => {
    const config = { ...sandboxConfig('/nowhere'), type: 'bogus' as unknown as 'sandbox' };
    expect((await rejection(createProvider(config), RingformError)).message).toMatch('unknown provider type "bogus"');
  });
});
