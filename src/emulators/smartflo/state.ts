/**
 * In-memory state of the Smartflo emulator. A user is three linked objects (docs/vendors/smartflo.md#users): the team
 * member (login, role, web login), the agent (string id like `0502842370097`, 4-digit intercom, status)
 * and an optional SIP extension. Wire shapes are built from these records in views.ts.
 */
import { defaultFixtures, type SmartfloFixtures, type TimeGroupFixture } from './fixtures.js';

export const AGENT_STATUS = { enabled: 0, blocked: 1, disabled: 2 } as const;

export interface SfUser {
  id: number;
  name: string;
  /** As sent: 10 digits, or `+` and digits. */
  number: string;
  email: string;
  loginId: string;
  /** Kept only to check logins of this user; never returned or logged. */
  password: string;
  roleId: number;
  /** `status` of the create body: team member unblocked (1) or blocked (0). */
  memberStatus: 0 | 1;
  webLogin: boolean;
  webLoginBlocked: boolean;
  loginBasedCalling: boolean;
  usersForCdr: { type: string; value: unknown };
  callerIds: number[];
  agentGroups: string[];
  designation: string | null;
  agent: {
    id: string;
    intercom: number;
    status: number;
    timeGroup: TimeGroupFixture | null;
    international: boolean;
    extension: { username: string; outbound_block: boolean } | null;
  } | null;
}

export interface SfAgentSlot {
  /** The department member's own id, a short number as text ("28131") [S: v1departments sample]. */
  slotId: string;
  /** The agent's number, listed as `eid` and named in destinations `extension||<eid>` [S: v1departments; v1department]. */
  agentId: string;
  timeout: number;
}

export interface SfDepartment {
  id: number;
  name: string;
  description: string;
  ringStrategy: string;
  /** null when unset, as the list shows it [S: v1departments sample]. */
  musicOnHold: string | null;
  timeout: number;
  sticky: boolean;
  /** The sticky period as written (`"12h"`, `"1d"`), null when none was sent [S: Sticky Agent table of v1department]. */
  stickyTime: string | null;
  timeoutDestType: string | null;
  timeoutDestination: string | null;
  /** Ring order: `destination` entries of type `agent`. */
  agents: SfAgentSlot[];
}

export class SfState {
  readonly users = new Map<number, SfUser>();
  readonly departments = new Map<number, SfDepartment>();
  readonly fixtures: SmartfloFixtures;
  private userSeq = 0;
  private departmentSeq = 0;
  private agentSeq = 0;
  private intercomSeq = 1000;
  private slotSeq = 28000;

  constructor(fixtures: Partial<SmartfloFixtures> = {}) {
    this.fixtures = { ...defaultFixtures(), ...fixtures };
  }

  nextUserId(): number {
    return (this.userSeq += 1);
  }

  /** Department member ids are short numbers as text, like "28131" [S: v1departments sample]. */
  nextSlotId(): string {
    return String((this.slotSeq += 1));
  }

  nextDepartmentId(): number {
    return (this.departmentSeq += 1);
  }

  /** Agent ids look like `0502842370097`: a fixed account prefix and a sequence [S: docs/vendors/smartflo.md#user-list example]. */
  nextAgentId(): string {
    this.agentSeq += 1;
    return `0502842370${String(this.agentSeq).padStart(3, '0')}`;
  }

  /** 4-digit intercoms from 1001 [S: example 1002]. */
  nextIntercom(): number {
    return (this.intercomSeq += 1);
  }

  userByAgent(agentId: string): SfUser | undefined {
    for (const u of this.users.values()) if (u.agent?.id === agentId) return u;
    return undefined;
  }

  findUser(test: (u: SfUser) => boolean): SfUser | undefined {
    for (const u of this.users.values()) if (test(u)) return u;
    return undefined;
  }
}
