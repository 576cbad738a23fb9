/**
 * In-memory builders for normalised model objects (docs/design.md#in-memory-builders): every field filled with the
 * defaults config would give, overridable per test.
 */
import type { Department, Extension, ProviderConfig, Role, Schedule, User } from '../../src/model/org.js';

export function user(email: string, overrides: Partial<User> = {}): User {
  return {
    email,
    name: email.split('@')[0]!,
    phone: null,
    extension: null,
    role: 'agent',
    panelAccess: false,
    status: 'active',
    receiveCalls: 'always',
    invite: 'auto',
    previously: [],
    vendor: {},
    ...overrides,
  };
}

export function extension(number: string, overrides: Partial<Extension> = {}): Extension {
  return { number, type: 'web', forceLogin: false, callerId: null, device: null, vendor: {}, ...overrides };
}

export function department(name: string, overrides: Partial<Department> = {}): Department {
  return {
    name,
    extension: null,
    manager: null,
    routing: 'simultaneous',
    ringTimeout: 20,
    stickyAgent: false,
    hours: null,
    failover: null,
    members: [],
    vendor: {},
    ...overrides,
  };
}

export function role(name: string, overrides: Partial<Role> = {}): Role {
  return { name, base: 'agent', description: null, permissions: {}, vendor: {}, ...overrides };
}

export function schedule(name: string, overrides: Partial<Schedule> = {}): Schedule {
  return {
    name,
    timezone: 'UTC',
    weekly: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'], sat: [], sun: [] },
    holidays: [],
    overrides: [],
    vendor: {},
    ...overrides,
  };
}

export function sandboxConfig(baseDir: string, overrides: Partial<ProviderConfig> = {}): ProviderConfig {
  return {
    type: 'sandbox',
    endpoint: null,
    domain: null,
    credentials: {
      tokenEnv: null,
      usernameEnv: null,
      passwordEnv: null,
      clientIdEnv: null,
      clientSecretEnv: null,
      file: null,
    },
    vendor: {},
    baseDir,
    ...overrides,
  };
}
