/** Building blocks the vendor adapters share. */
import { addressOf } from '../../../src/model/address.js';
import type { Org, ProviderConfig } from '../../../src/model/org.js';
import { org, type OrgBuilder } from '../../plan/builders.js';
import { ADMIN, DEPARTMENTS, EMAILS, SCHEDULES, WEEKLY, departmentNumber, userNumber, type Side } from '../sample.js';

export interface Shape {
  /** Users carry extension numbers (else none: the vendor assigns them). */
  extensions: boolean;
  departments: boolean;
  departmentNumbers: boolean;
  schedules: boolean;
  /** Roles the vendor can set; others become the first. */
  roles: string[];
  /** A user without panel access can hold only the first role (NetSapiens "No Portal"). */
  noPanelIsAgent: boolean;
  /** A phone per user (vendors where it is mandatory). */
  phones: boolean;
}

export function orgFromSide(s: Side, config: ProviderConfig, prune: boolean, shape: Shape): Org {
  const b: OrgBuilder = org();
  const schedules = SCHEDULES.filter((_, i) => shape.schedules && s.schedules[i] !== null && s.schedules[i] !== undefined);
  SCHEDULES.forEach((name, i) => {
    if (schedules.includes(name)) b.schedule(name, { weekly: WEEKLY[s.schedules[i]!]! });
  });
  b.user(ADMIN.email, { name: ADMIN.name, extension: shape.extensions ? ADMIN.extension : null, role: 'admin', ...(shape.phones ? { phone: '+919800000100' } : {}) });
  const present: string[] = [];
  s.users.forEach((u, i) => {
    if (!u) return;
    const email = EMAILS[i]!;
    present.push(email);
    const role = shape.roles.includes(u.role) ? u.role : shape.roles[0]!;
    b.user(email, {
      name: u.name,
      extension: shape.extensions ? userNumber(i, u.alt) : null,
      role: !u.panel && shape.noPanelIsAgent ? shape.roles[0]! : role,
      panelAccess: u.panel,
      receiveCalls: schedules.includes(u.receiveCalls) || u.receiveCalls === 'always' || u.receiveCalls === 'never' ? u.receiveCalls : 'always',
      ...(shape.phones ? { phone: `+91980000010${i + 1}` } : {}),
    });
  });
  if (shape.departments) {
    s.departments.forEach((d, i) => {
      if (!d) return;
      b.department(DEPARTMENTS[i]!, {
        extension: shape.departmentNumbers ? departmentNumber(i, d.alt) : null,
        routing: d.routing,
        ringTimeout: d.ringTimeout,
        members: d.members.map((m) => EMAILS[m]!).filter((e) => present.includes(e)),
      });
    });
  }
  const pruneAll = { users: prune, extensions: prune, departments: prune, schedules: prune, roles: false };
  const built = b.prune(pruneAll).build();
  return { ...built, provider: config, settings: { ...built.settings, guards: { ...built.settings.guards, maxDeletePercent: 100 } } };
}

export const userAddress = (email: string) => addressOf('user', email);
export const departmentAddress = (name: string) => addressOf('department', name);
export const extensionAddress = (number: string) => addressOf('extension', number);
export const scheduleAddress = (name: string) => addressOf('schedule', name);

/** Keys that appear more than once. */
export function repeated(keys: string[]): string[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`);
}
