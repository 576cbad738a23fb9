/**
 * Fluent in-memory builders for planner tests (docs/design.md#in-memory-builders, changesets' FakeFullState):
 *
 *   const desired = org().user('a@x', { extension: '101' }).department('Sales', { members: ['a@x'] }).build();
 *   const current = live().user('a@x', { extension: '102' }, { inviteStatus: 'pending' }).build();
 *   const current = liveFrom(desired);           // the same org, as a provider would read it
 *   const plan = planOf(desired, current, { caps: caps().field('user', 'email', replace('...')).build() });
 *
 * `build()` gives a full normalised `Org` (defaults filled as config would), including an `extensions`
 * entry with default settings for every number a user names but that is not declared (as config does).
 * Live ids are stable (`user:a@x`), so plans do not depend on the order things were added.
 */
import type { ResourceKind } from '../../src/model/address.js';
import type { InviteStatus, Live, LiveOrg, LiveUser } from '../../src/model/live.js';
import { allManaged, type Collection, type Department, type Extension, type Guards, type IgnoreRule, type Member, type Org, type Role, type Schedule, type Settings, type User } from '../../src/model/org.js';
import type { OrgOrigin } from '../../src/model/origin.js';
import { computePlan } from '../../src/plan/compute.js';
import type { Plan, PlanOptions } from '../../src/plan/types.js';
import {
  everyField,
  fullCapabilities,
  type Capabilities,
  type FieldSupport,
  type Operation,
  type Support,
} from '../../src/model/capabilities.js';
import { department, extension, role, sandboxConfig, schedule, user } from '../helpers/model.js';

export type DepartmentInput = Partial<Omit<Department, 'members'>> & { members?: Array<string | Member> };

export function defaultSettings(): Settings {
  return {
    timezone: 'UTC',
    extensionRanges: [],
    prune: { users: false, extensions: false, departments: false, members: true, schedules: false, roles: false },
    ignore: [],
    guards: { maxDeletes: null, maxDeletePercent: 30, protectedUsers: [] },
    invites: 'auto',
    coverage: { nobodyAvailable: 'warning', singleAgent: 'warning', failover: 'warning', departments: {} },
  };
}

function members(input: Array<string | Member> | undefined): Member[] {
  return (input ?? []).map((m, i) => (typeof m === 'string' ? { user: m, priority: i + 1 } : m));
}

/** What desired and live states share: the objects. */
abstract class StateBuilder {
  protected readonly roles = new Map<string, Role>();
  protected readonly schedules = new Map<string, Schedule>();
  protected readonly extensions = new Map<string, Extension>();
  protected readonly users = new Map<string, User>();
  protected readonly departments = new Map<string, Department>();

  /** Users default to panel access (as org.yaml does), active, agent, invite auto. */
  user(email: string, fields: Partial<User> = {}): this {
    this.users.set(email, user(email, { panelAccess: true, ...fields }));
    return this;
  }
  department(name: string, fields: DepartmentInput = {}): this {
    this.departments.set(name, department(name, { ringTimeout: 25, ...fields, members: members(fields.members) }));
    return this;
  }
  extension(number: string, fields: Partial<Extension> = {}): this {
    this.extensions.set(number, extension(number, fields));
    return this;
  }
  role(name: string, fields: Partial<Role> = {}): this {
    this.roles.set(name, role(name, fields));
    return this;
  }
  schedule(name: string, fields: Partial<Schedule> = {}): this {
    this.schedules.set(name, schedule(name, fields));
    return this;
  }
  /** The objects with undeclared extension numbers filled in, sorted by key. */
  protected collections() {
    const extensions = new Map(this.extensions);
    // As config/normalise.ts does: an implicit extension for each user number (a department's number is
    // the queue's own, not an extension object).
    for (const o of this.users.values()) {
      if (o.extension && !extensions.has(o.extension)) extensions.set(o.extension, extension(o.extension));
    }
    const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => structuredClone(v));
    return {
      roles: sorted(this.roles),
      schedules: sorted(this.schedules),
      extensions: sorted(extensions),
      users: sorted(this.users),
      departments: sorted(this.departments),
    };
  }
}

export class OrgBuilder extends StateBuilder {
  private readonly settingsValue: Settings = defaultSettings();

  prune(collections: Partial<Record<Collection, boolean>>): this {
    Object.assign(this.settingsValue.prune, collections);
    return this;
  }
  ignore(rule: Partial<IgnoreRule>): this {
    this.settingsValue.ignore.push({ email: null, extension: null, name: null, ...rule });
    return this;
  }
  guards(guards: Partial<Guards>): this {
    Object.assign(this.settingsValue.guards, guards);
    return this;
  }

  build(): Org {
    return { provider: sandboxConfig('/tmp/ringform-test'), settings: structuredClone(this.settingsValue), ...this.collections(), unset: allManaged() };
  }
}

export function org(): OrgBuilder {
  return new OrgBuilder();
}

export interface LiveUserOptions {
  inviteStatus?: InviteStatus;
  id?: string;
}

/** Live users default to an accepted invite: a settled org. */
export class LiveBuilder extends StateBuilder {
  private readonly userOptions = new Map<string, LiveUserOptions>();

  override user(email: string, fields: Partial<User> = {}, options: LiveUserOptions = {}): this {
    this.userOptions.set(email, options);
    return super.user(email, fields);
  }

  build(): LiveOrg {
    const c = this.collections();
    const wrap = <T>(kind: ResourceKind, key: (t: T) => string) => (t: T): Live<T> => ({ id: `${kind}:${key(t)}`, data: t });
    return {
      roles: c.roles.map(wrap('role', (r) => r.name)),
      schedules: c.schedules.map(wrap('schedule', (s) => s.name)),
      extensions: c.extensions.map(wrap('extension', (e) => e.number)),
      users: c.users.map((u): LiveUser => {
        const o = this.userOptions.get(u.email) ?? {};
        return { id: o.id ?? `user:${u.email}`, data: u, inviteStatus: o.inviteStatus ?? 'accepted' };
      }),
      departments: c.departments.map(wrap('department', (d) => d.name)),
    };
  }
}

export function live(): LiveBuilder {
  return new LiveBuilder();
}

/** The desired org as a provider would read it back once applied: ids added, invites accepted. */
export function liveFrom(desired: Org, inviteStatus: InviteStatus | ((u: User) => InviteStatus) = 'accepted'): LiveOrg {
  const status = typeof inviteStatus === 'function' ? inviteStatus : () => inviteStatus;
  const clone = structuredClone(desired);
  return {
    roles: clone.roles.map((r) => ({ id: `role:${r.name}`, data: r })),
    schedules: clone.schedules.map((s) => ({ id: `schedule:${s.name}`, data: s })),
    extensions: clone.extensions.map((e) => ({ id: `extension:${e.number}`, data: e })),
    users: clone.users.map((u) => ({ id: `user:${u.email}`, data: { ...u, previously: [] }, inviteStatus: status(u) })),
    departments: clone.departments.map((d) => ({ id: `department:${d.name}`, data: d })),
  };
}

export class CapsBuilder {
  private readonly caps: Capabilities = fullCapabilities();
  /** Sets an operation; setting `update` also sets every field's row (each can still be set after). */
  operation(kind: ResourceKind, operation: Operation, support: Support): this {
    this.caps[kind].operations[operation] = support;
    if (operation === 'update') this.caps[kind].fields = everyField(kind, support) as never;
    return this;
  }
  field(kind: ResourceKind, field: string, support: FieldSupport): this {
    (this.caps[kind].fields as Record<string, FieldSupport>)[field] = support;
    return this;
  }
  build(): Capabilities {
    return structuredClone(this.caps);
  }
}

/** Starts from a vendor that can do everything (the sandbox). */
export function caps(): CapsBuilder {
  return new CapsBuilder();
}

export interface PlanOfOptions extends Partial<PlanOptions> {
  caps?: Capabilities;
  origin?: OrgOrigin;
}

/** computePlan with sandbox defaults; accepts builders or built values. */
export function planOf(desired: Org | OrgBuilder, current: LiveOrg | LiveBuilder, options: PlanOfOptions = {}): Plan {
  const { caps: capabilities = fullCapabilities(), origin, ...planOptions } = options;
  return computePlan({
    desired: desired instanceof OrgBuilder ? desired.build() : desired,
    live: current instanceof LiveBuilder ? current.build() : current,
    capabilities,
    options: { resendInvites: false, targets: [], ...planOptions },
    provider: { type: 'sandbox', target: null },
    ...(origin ? { origin } : {}),
  });
}

/** `kind address` per action, for compact assertions. */
export function summary(plan: Plan): string[] {
  return plan.actions.map((a) => `${a.kind === 'manual' ? `manual(${a.intent})` : a.kind} ${a.address}`);
}
