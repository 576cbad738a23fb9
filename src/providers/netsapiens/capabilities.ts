/**
 * What ringform can do on NetSapiens v2, as data (see README.md for the mapping behind each entry).
 * Every field has its row (the table is closed: model/capabilities.ts).
 */
import { API, everyField, manual, replace, unsupported, type Capabilities, type Support } from '../../model/capabilities.js';
import { webLoginUnsupported } from '../../model/web-login.js';

const NO_ROLE_API = unsupported('user-scope is a fixed set; NetSapiens has no role API');
const NOT_APPLICABLE = unsupported('not applicable to this kind of object');

function ops(invite: Support = NOT_APPLICABLE) {
  return { read: API, create: API, update: API, delete: API, invite };
}

export function netsapiensCapabilities(): Capabilities {
  return {
    role: {
      // Reading is honest: NetSapiens has no custom roles, so there are none to list.
      operations: { read: API, create: NO_ROLE_API, update: NO_ROLE_API, delete: NO_ROLE_API, invite: NOT_APPLICABLE },
      fields: everyField('role', NO_ROLE_API),
    },
    schedule: {
      operations: ops(),
      fields: {
        weekly: API,
        timezone: unsupported('a NetSapiens timeframe has no time zone of its own: it follows the user or domain it applies to'),
        holidays: unsupported(
          'a holiday entry in a NetSapiens timeframe makes the timeframe match on that day (open), not closed; it needs a separate holiday timeframe and answer rule',
        ),
        overrides: unsupported(
          'NetSapiens timeframes add date ranges to the weekly hours; they cannot replace a day\'s hours, which is what an override means',
        ),
      },
    },
    extension: {
      operations: ops(),
      fields: {
        type: API,
        device: API,
        callerId: API,
        forceLogin: unsupported('NetSapiens v2 has no per-device forced-login setting'),
      },
      // The user id is the extension: a new extension's device is made after its user (extensions.ts).
      madeWithHolder: true,
    },
    user: {
      operations: ops(API),
      fields: {
        email: API,
        name: API,
        role: API,
        panelAccess: API,
        receiveCalls: API,
        // Answer-rule features forward-always / forward-on-busy / forward-no-answer / forward-when-unregistered, and the
        // user's ring-no-answer-timeout-seconds [S: spec schemas Answerrule, User] (answerrules.ts, forwarding.ts).
        forwarding: API,
        // User fields voicemail-enabled, email-send-alert-new-voicemail-enabled/-behavior, voicemail-login-pin [S: spec schema User].
        voicemail: API,
        extension: replace('the NetSapiens user id is the extension'),
        phone: unsupported('the NetSapiens v2 User has no mobile or personal phone number field'),
        status: unsupported('the NetSapiens v2 User has no enabled/disabled flag (account-status is read-only)'),
        ...webLoginUnsupported('NetSapiens', {
          loginId: 'NetSapiens has a login-username (user@domain by default), which ringform does not manage',
          callerIds: 'a NetSapiens user has one caller-id-number, not a list: declare it as extensions[].callerId',
        }),
      },
    },
    department: {
      operations: ops(),
      fields: {
        routing: API,
        ringTimeout: API,
        extension: replace('the NetSapiens call queue id is its extension'),
        manager: unsupported('NetSapiens call queues have no manager; supervisors are users with the scope "Call Center Supervisor"'),
        stickyAgent: unsupported('NetSapiens v2 call queues have no sticky-agent setting'),
        hours: manual(
          "a call queue's hours are answer rules on the queue's own user, which ringform does not manage",
          "In the NetSapiens portal open Users → {number} (the call queue's user for {name}) → Answering Rules.",
          'Add an answering rule for the time frame of the hours, and make calls outside it follow the failover.',
        ),
        failover: manual(
          "a call queue's failover is a forwarding answer rule on the queue's own user, which ringform does not manage",
          "In the NetSapiens portal open Users → {number} (the call queue's user for {name}) → Answering Rules.",
          'Set the forward (no answer / unavailable) destination to the failover target: {changes}.',
        ),
      },
    },
    member: { operations: ops(), fields: { priority: API } },
  };
}
