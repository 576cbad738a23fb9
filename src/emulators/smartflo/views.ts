/**
 * Wire shapes of the emulator's records, as the Smartflo reference pages show them
 * (docs/vendors/smartflo.md#users, docs/vendors/smartflo.md#departments).
 */
import type { SfDepartment, SfState, SfUser } from './state.js';

const STATUS_NAME: Record<number, string> = { 0: 'Enabled', 1: 'Blocked', 2: 'Disabled' };

function role(state: SfState, id: number) {
  const found = state.fixtures.roles.find((r) => r.id === id);
  return { id, name: found?.name ?? '' };
}

/** An item of `GET /v1/users` [S: fetch-multiple-users]: integer id, no email. */
export function userListItem(state: SfState, u: SfUser) {
  return {
    id: u.id,
    name: u.name,
    agent: u.agent ? { id: u.agent.id, name: u.name, status: u.agent.status, follow_me_number: followMe(u.number) } : null,
    login_id: u.loginId,
    is_login_based_calling_enabled: u.loginBasedCalling,
    is_international_outbound_enabled: u.agent?.international ?? false,
    user_role: role(state, u.roleId),
    extension: u.agent?.extension ?? null,
    user_status: u.memberStatus,
  };
}

/** `data` of `GET /v1/user/{id}` [S: fetch-single-user]: the id is a string there. */
export function userDetail(state: SfState, u: SfUser) {
  return {
    id: String(u.id),
    name: u.name,
    number: u.number,
    team_member: {
      designation: u.designation,
      email: u.email,
      login_id: u.loginId,
      status: u.memberStatus,
      role: role(state, u.roleId),
      is_login_based_calling: u.loginBasedCalling,
      is_web_login_block: u.webLoginBlocked || !u.webLogin,
      users_for_cdr: u.usersForCdr,
    },
    agent: u.agent
      ? {
          id: u.agent.id,
          intercom: u.agent.intercom,
          number: u.number,
          agent_status: u.agent.status,
          agent_status_name: STATUS_NAME[u.agent.status] ?? 'Unknown',
          extension: u.agent.extension,
          sticky_Agent: false,
          time_group: u.agent.timeGroup,
          failover_destination: null,
          is_international_outbound_enabled: u.agent.international,
        }
      : null,
  };
}

/**
 * An item of `GET /v1/departments`, in the documented sample's shape [S: v1departments;
 * https://docs.acefone.in/reference/fetch-details-of-all-departments]: counts and timeouts as text, unset
 * settings null, and `agents[]` as `{id (the member's own id), name, eid (the agent's number), timeout}`.
 */
export function departmentView(state: SfState, d: SfDepartment) {
  return {
    id: String(d.id),
    name: d.name,
    description: d.description,
    ring_strategy: d.ringStrategy,
    music_on_hold: d.musicOnHold,
    hold_playback: null,
    failover_music: null,
    agent_count: String(d.agents.length),
    calls_answered: '0',
    calls_missed: '0',
    use_as_queue: false,
    queue_timeout: '90',
    sticky_agent: stickyView(d),
    transcription: { enabled: false, language: null, agent_time: null },
    missed_call_sms_id: null,
    failover_missed_call_sms_id: null,
    timeout_dest_type: d.timeoutDestType,
    timeout_destination: d.timeoutDestination,
    timeout_dest_name: d.timeoutDestination,
    agents: d.agents.map((a) => ({ id: a.slotId, name: state.userByAgent(a.agentId)?.name ?? '', eid: a.agentId, timeout: String(a.timeout) })),
  };
}

/**
 * `{enabled, time_period, format}` [S: v1departments sample, where all three are false/null]; how a written
 * `time` of "12h" / "1d" shows here (12 + "hours", 1 + "days") is not documented [I].
 */
function stickyView(d: SfDepartment) {
  const m = d.sticky && d.stickyTime ? /^(\d+)([hd])$/.exec(d.stickyTime) : null;
  return { enabled: d.sticky, time_period: m ? Number(m[1]) : null, format: m ? (m[2] === 'h' ? 'hours' : 'days') : null };
}

function followMe(number: string): string {
  return /^\d{10}$/.test(number) ? `+91${number}` : number;
}
