/**
 * Synthetic organisations for the benchmark: N users, one department per 20 users, 5 schedules.
 * Deterministic, so runs compare.
 */
import { allManaged, type Department, type Extension, type Org, type Schedule, type User } from '../src/model/org.js';
import type { LiveOrg } from '../src/model/live.js';
import type { ProviderConfig } from '../src/model/org.js';
import { defaultWebLogin } from '../src/model/web-login.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

function schedule(i: number): Schedule {
  const open = `${String(7 + i).padStart(2, '0')}:00-${String(15 + i).padStart(2, '0')}:00`;
  const weekly = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } as Schedule['weekly'];
  for (const d of DAYS) weekly[d] = [open];
  return { name: `shift-${i + 1}`, timezone: 'Asia/Kolkata', weekly, holidays: [], overrides: [], vendor: {} };
}

function user(i: number): User {
  return {
    email: `user${i}@bench.example`,
    name: `User ${i} Bench`,
    phone: null,
    extension: String(100000 + i),
    role: i % 50 === 0 ? 'supervisor' : 'agent',
    panelAccess: true,
    status: 'active',
    receiveCalls: `shift-${(i % 5) + 1}`,
    forwarding: null,
    voicemail: null,
    invite: 'auto',
    previously: [],
    ...defaultWebLogin(),
    vendor: {},
  };
}

function extension(i: number): Extension {
  return { number: String(100000 + i), type: 'web', forceLogin: false, callerId: null, device: null, vendor: {} };
}

function department(d: number, users: User[]): Department {
  const members = users.slice(d * 20, d * 20 + 20).map((u, i) => ({ user: u.email, priority: i + 1 }));
  return {
    name: `Dept ${d + 1}`,
    extension: String(900000 + d),
    manager: null,
    routing: 'round-robin',
    ringTimeout: 25,
    stickyAgent: false,
    hours: `shift-${(d % 5) + 1}`,
    failover: null,
    members,
    vendor: {},
  };
}

export function syntheticOrg(n: number, provider: ProviderConfig): Org {
  const users = Array.from({ length: n }, (_, i) => user(i));
  return {
    provider,
    settings: {
      timezone: 'Asia/Kolkata',
      extensionRanges: [],
      prune: { users: false, extensions: false, departments: false, members: true, schedules: false, roles: false },
      ignore: [],
      guards: { maxDeletes: null, maxDeletePercent: 30, protectedUsers: [] },
      invites: 'auto',
      coverage: { nobodyAvailable: 'warning', singleAgent: 'warning', failover: 'warning', departments: {} },
    },
    roles: [],
    schedules: Array.from({ length: 5 }, (_, i) => schedule(i)),
    extensions: users.map((_, i) => extension(i)),
    users,
    departments: Array.from({ length: Math.ceil(n / 20) }, (_, d) => department(d, users)),
    unset: allManaged(),
  };
}

/** The org as a provider would read it back in sync (invites accepted). */
export function liveOf(org: Org): LiveOrg {
  const c = structuredClone(org);
  return {
    roles: [],
    schedules: c.schedules.map((s) => ({ id: s.name, data: s })),
    extensions: c.extensions.map((e) => ({ id: e.number, data: e })),
    users: c.users.map((u) => ({ id: u.extension ?? u.email, data: u, inviteStatus: 'accepted' as const })),
    departments: c.departments.map((d) => ({ id: d.extension ?? d.name, data: d })),
  };
}

/** A 10% change: every tenth user renamed. */
export function changed(org: Org): Org {
  const c = structuredClone(org);
  c.users.forEach((u, i) => {
    if (i % 10 === 0) u.name = `${u.name} Renamed`;
  });
  return c;
}
