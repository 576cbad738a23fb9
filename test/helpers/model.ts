/**
 * In-memory builders for normalised model objects (docs/design.md#in-memory-builders): every field filled with the
 * defaults config gives, taken from config's own normalisers (one truth per fact), overridable per test.
 */
import { normaliseDepartments } from '../../src/config/normalise-departments.js';
import { normaliseSchedule } from '../../src/config/normalise-schedules.js';
import { normaliseExtension, normaliseRole, normaliseSettings, normaliseUser } from '../../src/config/normalise.js';
import type { Department, Extension, ProviderConfig, Role, Schedule, User } from '../../src/model/org.js';

const SETTINGS = normaliseSettings({});

export function user(email: string, overrides: Partial<User> = {}): User {
  // The email as given: a builder also makes vendor records, which may hold upper case.
  return { ...normaliseUser({ email, name: email.split('@')[0]! }, SETTINGS), email, ...overrides };
}

export function extension(number: string, overrides: Partial<Extension> = {}): Extension {
  return { ...normaliseExtension({ number }), ...overrides };
}

export function department(name: string, overrides: Partial<Department> = {}): Department {
  return { ...normaliseDepartments([{ name }], [])[0]!, ...overrides };
}

export function role(name: string, overrides: Partial<Role> = {}): Role {
  return { ...normaliseRole({ name, base: 'agent' }), ...overrides };
}

const OFFICE_HOURS = ['09:00-17:00'];

/** A schedule open 09:00-17:00 on weekdays unless overridden (config's own default would be closed all week). */
export function schedule(name: string, overrides: Partial<Schedule> = {}): Schedule {
  const weekdays = { mon: OFFICE_HOURS, tue: OFFICE_HOURS, wed: OFFICE_HOURS, thu: OFFICE_HOURS, fri: OFFICE_HOURS };
  return { ...normaliseSchedule({ name, weekly: weekdays }, SETTINGS.timezone), ...overrides };
}

export function sandboxConfig(baseDir: string, overrides: Partial<ProviderConfig> = {}): ProviderConfig {
  return {
    type: 'sandbox',
    endpoint: null,
    domain: null,
    credentials: { tokenEnv: null, usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null },
    vendor: {},
    baseDir,
    ...overrides,
  };
}
