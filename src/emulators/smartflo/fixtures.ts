/**
 * Read-only fixtures: objects a Smartflo account has that no public API creates (docs/vendors/smartflo.md#account-lists):
 * roles, agent groups, time groups and the account's numbers (`my_number`). Tests may pass their own.
 */

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
