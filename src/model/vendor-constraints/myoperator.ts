/** What MyOperator refuses (model/constraints.ts). Sources: docs/vendors/myoperator.md and its evidence ledger. */
import { defineConstraint } from '../constraints.js';

export const myoperatorReceiveOnOff = defineConstraint({
  code: 'RF420',
  name: 'myoperator-receive-on-off',
  vendor: 'myoperator',
  scope: 'declared',
  field: 'receiveCalls',
  meaning:
    "MyOperator's API can only turn receiving calls on or off (`receive_calls`); a user's call-receiving hours are set in the panel and cannot be read back.",
  hint: 'Declare `receiveCalls: always` (or `never`), and set the hours in the panel: Manage → Users → Edit → call-receiving time slots.',
  evidence: {
    source: 'docs/vendors/myoperator.md#call-receiving-time-slots: `receive_calls` on PUT /user [S: public client code]; no API for time slots was found [NF]',
    emulator: 'PUT /user takes receive_calls 0/1 only; before, the user was created by POST and then the follow-up was refused by ringform',
  },
  check: (user) =>
    user.receiveCalls !== 'always' && user.receiveCalls !== 'never'
      ? { message: `${user.name} receives calls on schedule "${user.receiveCalls}", which MyOperator's API cannot set or read` }
      : null,
});

export const myoperatorNeedsPhone = defineConstraint({
  code: 'RF421',
  name: 'myoperator-needs-phone',
  vendor: 'myoperator',
  scope: 'create',
  field: 'phone',
  meaning: 'MyOperator creates a user only with a phone number (`contact_number`): its calls ring that number.',
  hint: 'Set `phone` (E.164) on the user.',
  evidence: {
    source: 'docs/vendors/myoperator.md#creating-a-user: POST /user sends contact_number and country_code [S: public client code]',
    emulator: 'POST /user without contact_number: 400',
  },
  check: (user) => (user.phone === null ? { message: `${user.name} has no phone: MyOperator needs one to create a user` } : null),
});

export const MYOPERATOR_CONSTRAINTS = [myoperatorReceiveOnOff, myoperatorNeedsPhone];
