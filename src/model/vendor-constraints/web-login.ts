/**
 * Web-login and agent details (model/web-login.ts) as vendor constraints: Smartflo's login id has at least 6
 * characters, and the vendors that have none of these settings refuse them where org.yaml declares them (a
 * default value asks nothing, so it passes). Evidence: docs/vendors/smartflo.md#web-login-and-agent-details.
 */
import { defineConstraint, type UserConstraint } from '../constraints.js';
import type { ProviderType, User } from '../org.js';
import { declaresWebLogin, WEB_LOGIN_FIELDS } from '../web-login.js';

export const smartfloLoginIdLength = defineConstraint({
  code: 'RF460',
  name: 'smartflo-login-id-length',
  vendor: 'smartflo',
  scope: 'declared',
  field: 'loginId',
  meaning: 'A Smartflo login id has at least 6 characters.',
  hint: 'Use a login id of 6 characters or more (e.g. "priya.sharma"), or leave loginId out to sign in with the email.',
  evidence: {
    source: 'https://docs.smartflo.tatatelebusiness.com/docs/users ("Login ID should contain at least 6 characters"); also https://docs.acefone.in/docs/add-user',
    emulator: 'POST or PATCH /v1/user with a shorter login_id: 422 "The login id must be at least 6 characters."',
  },
  check(user) {
    const legacy = (user.vendor.smartflo ?? {})['login_id'];
    const loginId = user.loginId ?? (typeof legacy === 'string' ? legacy : null);
    if (loginId === null || loginId.length >= 6) return null;
    return { message: `login id ${JSON.stringify(loginId)} of ${user.name} has ${loginId.length} characters; Smartflo needs at least 6` };
  },
});

const SOURCES: Record<'netsapiens' | 'myoperator' | 'squaretalk', string> = {
  netsapiens: 'specs/netsapiens-api-v2.openapi.json: the v2 User has no login-based calling, caller-id list, agent group, CDR visibility or allowed IPs; its login-username ringform does not manage (docs/vendors/netsapiens.md)',
  myoperator: 'docs/vendors/myoperator.md#users: the user endpoints take name, contact number, country code, extension, email and receive_calls only [S: public client code]',
  squaretalk: 'docs/vendors/squaretalk.md: no public admin API; the help centre user form has none of these per-user settings (caller id and Force Login are per extension)',
};

function noWebLogin(code: string, vendor: keyof typeof SOURCES, title: string): UserConstraint {
  return defineConstraint({
    code,
    name: `${vendor}-no-web-login-details`,
    vendor: vendor as ProviderType,
    scope: 'declared',
    field: 'loginId',
    meaning: `${title} has none of the web-login and agent details (loginId, loginBasedCalling, callerIds, agentGroups, reportsOf, allowedIps): they are Smartflo settings.`,
    hint: `Remove the field from the user (left out, it is unmanaged)${vendor === 'squaretalk' ? '; for caller id or Force Login use extensions[].callerId / forceLogin' : vendor === 'netsapiens' ? '; for the caller id use extensions[].callerId' : ''}.`,
    evidence: { source: SOURCES[vendor], emulator: vendor === 'squaretalk' ? 'no emulator: Squaretalk is read from an export' : 'the emulator has no such field; ringform never sends one' },
    check(user: User) {
      const declared = WEB_LOGIN_FIELDS.filter((f) => declaresWebLogin(user, f));
      if (declared.length === 0) return null;
      return { field: declared[0]!, message: `${user.name} declares ${declared.join(', ')}, which ${title} cannot set (Smartflo settings)` };
    },
  });
}

export const WEB_LOGIN_CONSTRAINTS = [
  smartfloLoginIdLength,
  noWebLogin('RF461', 'netsapiens', 'NetSapiens'),
  noWebLogin('RF462', 'myoperator', 'MyOperator'),
  noWebLogin('RF463', 'squaretalk', 'Squaretalk'),
];
