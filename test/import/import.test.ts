/** What `ringform import` writes: defaults left out, stable order, names not ids, filters, no secrets. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCommand, type ImportCommandOptions } from '../../src/cli/commands/import.js';
import { plan } from '../../src/cli/commands/plan.js';
import { triage } from '../../src/cli/triage.js';
import { memoryIO } from '../../src/shell/io.js';
import { EXIT } from '../../src/errors.js';
import { renderImport } from '../../src/import/index.js';
import type { LiveOrg } from '../../src/model/live.js';
import { department, extension, schedule, user } from '../helpers/model.js';
import { tmpDir } from '../helpers/tmp.js';
import { workspace } from '../cli/workspace.js';
import { read } from './harnesses.js';

const live: LiveOrg = {
  roles: [],
  schedules: [{ id: 's-9', data: schedule('office', { timezone: 'Asia/Kolkata' }) }],
  extensions: [
    { id: 'e-1', data: extension('102') },
    { id: 'e-2', data: extension('101', { type: 'sip', device: { mac: '00:1A:2B:3C:4D:5E', model: null } }) },
    { id: 'e-3', data: extension('150') },
  ],
  users: [
    { id: 'u-2', inviteStatus: 'accepted', data: user('zoe@example.com', { name: 'Zoe', extension: '102', panelAccess: true, receiveCalls: 'office' }) },
    { id: 'u-1', inviteStatus: 'none', data: user('amy@example.com', { name: 'Amy', extension: '101', panelAccess: true, role: 'admin' }) },
    { id: 'u-3', inviteStatus: 'accepted', data: user('bot@vendor.example', { name: 'Vendor Bot', panelAccess: true }) },
  ],
  departments: [
    {
      id: 'd-1',
      data: department('Sales', {
        ringTimeout: 25,
        manager: 'bot@vendor.example',
        members: [
          { user: 'zoe@example.com', priority: 1 },
          { user: 'bot@vendor.example', priority: 2 },
          { user: 'amy@example.com', priority: 5 },
        ],
      }),
    },
  ],
};

const credentials = { tokenEnv: 'ACME_TOKEN', usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null };
const render = (exclude: string[] = [], include: string[] = []) =>
  renderImport({ live, provider: { type: 'sandbox' }, source: 'sandbox test', schema: './org.schema.json', filter: { include, exclude } });

describe('import', () => {
  it('declares, with no hours, a schedule in use that the vendor cannot list, and says so in the header', () => {
    const unlisted = { ...live, schedules: [] };
    const { text } = renderImport({ live: unlisted, provider: { type: 'sandbox' }, source: 'test', schema: './org.schema.json', filter: { include: [], exclude: [] } });
    expect(parse(text).schedules).toEqual([{ name: 'office' }]);
    expect(text).toContain('Schedules "office" are in use but cannot be read from the vendor: declared with no hours; fill in their hours.');
  });

  it('writes only non-default fields (and the role always, as the catalogue says), sorted by identity, with no vendor ids', () => {
    const { text } = render();
    const org = parse(text);
    expect(org.users.map((u: { email: string }) => u.email)).toEqual(['amy@example.com', 'bot@vendor.example', 'zoe@example.com']);
    expect(org.users[0]).toEqual({ email: 'amy@example.com', name: 'Amy', extension: '101', role: 'admin', invite: 'never' });
    expect(org.users[2]).toEqual({ email: 'zoe@example.com', name: 'Zoe', extension: '102', role: 'agent', receiveCalls: 'office' });
    expect(org.settings).toEqual({ timezone: 'Asia/Kolkata' });
    expect(org.schedules[0].timezone).toBeUndefined();
    expect(org.extensions).toEqual([{ number: '101', type: 'sip', device: { mac: '00:1A:2B:3C:4D:5E' } }, { number: '150' }]);
    expect(org.departments[0]).toEqual({
      name: 'Sales',
      manager: 'bot@vendor.example',
      members: ['zoe@example.com', 'bot@vendor.example', { user: 'amy@example.com', priority: 5 }],
    });
    expect(text).not.toMatch(/\b[ueds]-\d\b/);
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\/org\.schema\.json\n/);
    expect(text).toContain("mon: ['09:00-17:00']");
    expect(text).toContain('invite: never # never invited');
    expect(render().text).toBe(text);
  });

  it('--exclude drops the users, their memberships and references, and keeps them hands-off', () => {
    const { text, leftOut } = render(['*@vendor.example']);
    const org = parse(text);
    expect(leftOut).toBe(1);
    expect(org.users.map((u: { email: string }) => u.email)).toEqual(['amy@example.com', 'zoe@example.com']);
    expect(org.departments[0].members).toEqual(['zoe@example.com', { user: 'amy@example.com', priority: 5 }]);
    expect(org.departments[0].manager).toBeUndefined();
    expect(text).toContain('# manager bot@vendor.example left out');
    expect(org.settings.ignore).toEqual([{ email: '*@vendor.example' }]);
    expect(parse(render([], ['a*']).text).users.map((u: { email: string }) => u.email)).toEqual(['amy@example.com']);
  });

  it('the command writes credentials as names only, shows the diff instead of overwriting an edited file, and the file plans clean', async () => {
    const ws = await workspace('');
    await ws.writeLive(live);
    const out = await tmpDir('ringform-import-out-');
    const opts: ImportCommandOptions = {
      source: { type: 'sandbox', endpoint: 'state/sandbox.json', domain: null, credentials },
      include: [],
      exclude: [],
      out: path.join(out, 'org.yaml'),
      force: false,
      verbose: false,
    };
    const env = { ACME_TOKEN: 'tok_supersecret_123' };
    expect(await importCommand(opts, memoryIO({ cwd: ws.dir, env }))).toBe(EXIT.ok);
    const text = await read(out, 'org.yaml');
    expect(parse(text).provider).toEqual({ type: 'sandbox', endpoint: path.relative(out, ws.stateFile), credentials: { tokenEnv: 'ACME_TOKEN' } });
    expect(text).not.toContain('supersecret');

    const same = memoryIO({ cwd: ws.dir });
    expect(await importCommand(opts, same)).toBe(EXIT.ok);
    expect(same.err()).toContain('nothing written');
    await writeFile(path.join(out, 'org.yaml'), `${text}# a hand edit\n`);
    const again = memoryIO({ cwd: ws.dir });
    expect(await importCommand(opts, again).catch((e: unknown) => triage(e, again))).toBe(EXIT.error);
    expect(again.out()).toContain('-# a hand edit');
    expect(again.err()).toContain('Pass --force');
    await writeFile(path.join(out, 'org.yaml'), text);

    const planIO = memoryIO({ cwd: out });
    const code = await plan({ file: 'org.yaml', format: 'text', detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true }, planIO);
    expect(planIO.out()).toContain('No changes.');
    expect(code).toBe(EXIT.ok);
  });
});
