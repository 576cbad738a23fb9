/**
 * Read-only fixtures: objects a Smartflo account has that no public API creates (docs/vendors/smartflo.md#account-lists):
 * roles, agent groups, time groups and the account's numbers (`my_number`). Tests may pass their own.
 */
import { isRecord, readSeedJson, SeedError } from '../seed-file.js';

export interface RoleFixture {
  id: number;
  name: string;
}

export interface TimeGroupFixture {
  id: number;
  name: string;
}

export interface MyNumberFixture {
  id: number;
  /** E.164 DID. The field name in `GET /v1/my_number` is not documented [I]. */
  did: string;
  name: string;
}

export interface SmartfloFixtures {
  roles: RoleFixture[];
  agentGroups: string[];
  timeGroups: TimeGroupFixture[];
  myNumbers: MyNumberFixture[];
}

/**
 * `ringform emulate smartflo --seed FILE`: `{"fixtures": {...}}`, any of the four lists above replacing the
 * default one. Only fixtures: users and departments have public create endpoints, so a script makes them
 * through the API (or `ringform apply`), which is also how the emulator checks them.
 */
export function readSmartfloSeed(file: string): Partial<SmartfloFixtures> {
  const seed = readSeedJson(file);
  if (!isRecord(seed) || !isRecord(seed.fixtures)) {
    throw new SeedError(`seed file ${file}: a Smartflo seed needs a "fixtures" object (roles, agentGroups, timeGroups, myNumbers)`);
  }
  for (const [key, value] of Object.entries(seed.fixtures)) {
    if (!(FIXTURE_KEYS as readonly string[]).includes(key)) throw new SeedError(`seed file ${file}: unknown fixture "${key}" (known: ${FIXTURE_KEYS.join(', ')})`);
    if (!Array.isArray(value)) throw new SeedError(`seed file ${file}: fixtures.${key} must be a list`);
  }
  return seed.fixtures as Partial<SmartfloFixtures>;
}

const FIXTURE_KEYS = ['roles', 'agentGroups', 'timeGroups', 'myNumbers'] as const;

/** Role names are a tenant's own; these mirror ringform's built-in roles [I]. */
export function defaultFixtures(): SmartfloFixtures {
  return {
    roles: [
      { id: 1, name: 'Admin' },
      { id: 2, name: 'Agent' },
      { id: 3, name: 'Supervisor' },
      { id: 4, name: 'Manager' },
      { id: 5, name: 'Team Lead' },
    ],
    agentGroups: ['Inbound', 'Outbound'],
    timeGroups: [
      { id: 1, name: 'office' },
      { id: 2, name: 'Office hours' },
      { id: 3, name: 'Weekend' },
    ],
    myNumbers: [
      { id: 101, did: '+912240001000', name: 'Main line' },
      { id: 102, did: '+912240001001', name: 'Support line' },
    ],
  };
}
