/** Normalisation: every default filled, merges and orderings as the model documents them. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import type { Org } from '../../src/model/org.js';
import { dedent, writeTmp } from './tmp.js';

async function load(yaml: string): Promise<{ org: Org; file: string }> {
  const body = dedent(yaml);
  const text = body.includes('version:') ? body : `version: 1\nprovider:\n  type: sandbox\n${body}`;
  const file = await writeTmp('org.yaml', text);
  const result = await loadOrg(file);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return { org: result.org, file };
}


describe('normalise', () => {
  it('fills provider and settings defaults', async () => {
    const { org, file } = await load('');
    expect(org.provider).toEqual({
      type: 'sandbox',
      endpoint: null,
      domain: null,
      credentials: { tokenEnv: null, usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null },
      vendor: {},
      baseDir: path.dirname(file),
    });
    expect(org.settings).toEqual({
      timezone: 'UTC',
      extensionRanges: [],
      prune: { users: false, extensions: false, departments: false, members: true, schedules: false, roles: false },
      ignore: [],
      guards: { maxDeletes: null, maxDeletePercent: 30, protectedUsers: [] },
      invites: 'auto',
      coverage: { nobodyAvailable: 'warning', singleAgent: 'warning', failover: 'warning', departments: {} },
    });
    expect(org).toMatchObject({ roles: [], schedules: [], extensions: [], users: [], departments: [] });
  });

  it('keeps only the vendor fields of the provider type, and relative paths as written', async () => {
    const { org } = await load(`
      version: 1
      provider:
        type: sandbox
        endpoint: state/sandbox.json
        vendor: { sandbox: { seed: seed.json }, netsapiens: { x: 1 } }
        credentials: { file: creds.json }
    `);
    expect(org.provider.vendor).toEqual({ seed: 'seed.json' });
    expect(org.provider.endpoint).toBe('state/sandbox.json');
    expect(org.provider.credentials.file).toBe('creds.json');
    expect(path.isAbsolute(org.provider.baseDir)).toBe(true);
  });

  it('fills user defaults, lower-cases emails, and takes invite from settings', async () => {
    const { org } = await load(`
      settings: { invites: never, guards: { protectedUsers: [Boss@X.com] } }
      users:
        - { email: Boss@X.com, name: Boss, previously: [Old.Boss@X.com] }
        - { email: b@x.com, name: B, invite: auto, receiveCalls: never }
    `);
    expect(org.users[0]).toEqual({
      email: 'boss@x.com',
      name: 'Boss',
      phone: null,
      extension: null,
      role: 'agent',
      panelAccess: true,
      status: 'active',
      receiveCalls: 'always',
      forwarding: null,
      voicemail: null,
      invite: 'never',
      previously: ['old.boss@x.com'],
      loginId: null,
      loginBasedCalling: false,
      callerIds: [],
      agentGroups: [],
      reportsOf: 'all',
      allowedIps: [],
      vendor: {},
    });
    expect(org.users[1]!.invite).toBe('auto');
    expect(org.settings.guards.protectedUsers).toEqual(['boss@x.com']);
  });

  it('fills forwarding and voicemail defaults (noAnswer after 20 s) and records both as unmanaged when left out', async () => {
    const { org } = await load(`
      schedules: [{ name: lunch }]
      users:
        - email: a@x.com
          name: A
          receiveCalls: never
          forwarding:
            busy: voicemail
            noAnswer: { to: '+919876543210' }
            schedules: [{ schedule: lunch, always: '+919812345678' }]
          voicemail: { pin: { env: A_PIN } }
        - { email: b@x.com, name: B, receiveCalls: never }
    `);
    expect(org.users[0]!.forwarding).toEqual({
      always: null,
      busy: 'voicemail',
      noAnswer: { to: '+919876543210', after: 20 },
      unregistered: null,
      schedules: [{ schedule: 'lunch', always: '+919812345678', busy: null, noAnswer: null, unregistered: null }],
    });
    expect(org.users[0]!.voicemail).toEqual({ enabled: true, email: 'none', pin: { env: 'A_PIN' } });
    expect(org.unset.user['a@x.com'] ?? []).not.toContain('forwarding');
    expect(org.unset.user['b@x.com']).toEqual(expect.arrayContaining(['forwarding', 'voicemail']));
  });

  it('adds an extension with defaults for each user extension not declared, after the declared ones', async () => {
    const { org } = await load(`
      extensions:
        - { number: '105', type: sip, device: { mac: '00:1A:2B:3C:4D:5E' } }
      users:
        - { email: a@x.com, name: A, extension: '103', receiveCalls: never }
        - { email: b@x.com, name: B, extension: '105', receiveCalls: never }
        - { email: c@x.com, name: C, extension: '101', receiveCalls: never }
    `);
    expect(org.extensions).toEqual([
      { number: '105', type: 'sip', forceLogin: false, callerId: null, device: { mac: '00:1A:2B:3C:4D:5E', model: null }, vendor: {} },
      { number: '103', type: 'web', forceLogin: false, callerId: null, device: null, vendor: {} },
      { number: '101', type: 'web', forceLogin: false, callerId: null, device: null, vendor: {} },
    ]);
  });

  it('fills schedules: timezone from settings, every weekday, sorted slots and dates', async () => {
    const { org } = await load(`
      settings: { timezone: Asia/Kolkata }
      schedules:
        - name: office
          weekly: { tue: ['14:00-18:00', '09:00-13:00'] }
          holidays: [{ date: '2026-12-25' }, { date: '2026-01-26', name: Republic Day }]
          overrides: [{ date: '2026-12-31', slots: ['15:00-16:00', '10:00-12:00'] }, { date: '2026-11-08', slots: [] }]
    `);
    expect(org.schedules[0]).toEqual({
      name: 'office',
      timezone: 'Asia/Kolkata',
      weekly: { mon: [], tue: ['09:00-13:00', '14:00-18:00'], wed: [], thu: [], fri: [], sat: [], sun: [] },
      holidays: [
        { date: '2026-01-26', name: 'Republic Day' },
        { date: '2026-12-25', name: null },
      ],
      overrides: [
        { date: '2026-11-08', slots: [] },
        { date: '2026-12-31', slots: ['10:00-12:00', '15:00-16:00'] },
      ],
      vendor: {},
    });
  });

  it('fills department defaults and merges users.departments after the listed members', async () => {
    const { org } = await load(`
      users:
        - { email: a@x.com, name: A, departments: [Sales] }
        - { email: b@x.com, name: B }
        - { email: c@x.com, name: C, departments: [Sales] }
        - { email: d@x.com, name: D, departments: [Sales] }
      departments:
        - name: Sales
          members: [B@x.com, { user: d@x.com, priority: 7 }]
          failover: { type: user, target: A@X.com }
    `);
    expect(org.departments[0]).toEqual({
      name: 'Sales',
      extension: null,
      manager: null,
      routing: 'simultaneous',
      ringTimeout: 25,
      stickyAgent: false,
      hours: null,
      failover: { type: 'user', target: 'a@x.com' },
      members: [
        { user: 'b@x.com', priority: 1 },
        { user: 'd@x.com', priority: 7 },
        { user: 'a@x.com', priority: 3 },
        { user: 'c@x.com', priority: 4 },
      ],
      vendor: {},
    });
  });

  it('keeps roles with their permissions, and the file order of users and departments', async () => {
    const { org } = await load(`
      roles: [{ name: lead, base: supervisor }]
      users:
        - { email: z@x.com, name: Z, role: lead, departments: [Zeta] }
        - { email: a@x.com, name: A, departments: [Alpha] }
      departments: [{ name: Zeta }, { name: Alpha }]
    `);
    expect(org.roles).toEqual([{ name: 'lead', base: 'supervisor', description: null, permissions: {}, vendor: {} }]);
    expect(org.users.map((u) => u.email)).toEqual(['z@x.com', 'a@x.com']);
    expect(org.departments.map((d) => d.name)).toEqual(['Zeta', 'Alpha']);
  });

  it('shares one frozen empty list, empty vendor map and unset-field list between the objects that have the same (memory)', async () => {
    const { org } = await load(`
      users:
        - { email: a@x.com, name: A, extension: '101', receiveCalls: never }
        - { email: b@x.com, name: B, extension: '102', receiveCalls: never }
        - { email: c@x.com, name: C, callerIds: ['+919876543210'], vendor: { smartflo: { x: 1 } } }
    `);
    const [a, b, c] = org.users as [Org['users'][number], Org['users'][number], Org['users'][number]];
    for (const field of ['callerIds', 'agentGroups', 'allowedIps', 'previously'] as const) {
      expect(a[field]).toBe(b[field]);
      expect(Object.isFrozen(a[field])).toBe(true);
      expect(() => (a[field] as string[]).push('x')).toThrow(TypeError);
    }
    expect(a.vendor).toBe(b.vendor);
    expect(org.extensions[0]!.vendor).toBe(a.vendor);
    expect(Object.isFrozen(a.vendor)).toBe(true);
    // What was written is the object's own.
    expect(c.callerIds).toEqual(['+919876543210']);
    expect(Object.isFrozen(c.callerIds)).toBe(false);
    expect(c.vendor).toEqual({ smartflo: { x: 1 } });
    // Same unset fields: one list; different ones: another.
    expect(org.unset.user['a@x.com']).toBe(org.unset.user['b@x.com']);
    expect(org.unset.user['a@x.com']).not.toBe(org.unset.user['c@x.com']);
    expect(org.unset.user['a@x.com']).not.toEqual(org.unset.user['c@x.com']);
    expect(Object.isFrozen(org.unset.user['a@x.com'])).toBe(true);
    expect(org.unset.extension['101']).toBe(org.unset.extension['102']);
  });
});
