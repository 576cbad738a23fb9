/**
 * Rules about a user's `forwarding` and `voicemail` (issue 19) that hold on every vendor: the schedules forwarding
 * names exist and appear once, a forward to voicemail has a voicemail box to land in, and a PIN kept in the
 * credentials file has a credentials file to come from.
 */
import { closest } from '../suggest.js';
import { defineRule } from './rule.js';
import { reportRepeats, users } from './util.js';
import { isDefaultValue } from '../../model/vendor-constraints/forwarding-voicemail.js';

export const unknownForwardingSchedule = defineRule({
  code: 'RF440',
  name: 'unknown-forwarding-schedule',
  severity: 'error',
  meaning: "A user's `forwarding.schedules` names a schedule that is not declared.",
  hint: 'Use the name of a schedule under `schedules`, or declare it.',
  check(ctx) {
    const known = (ctx.written.schedules ?? []).map((s) => s.name);
    users(ctx).forEach((u, i) =>
      (u.forwarding?.schedules ?? []).forEach((s, j) => {
        if (known.includes(s.schedule) || ctx.leftOut.schedules.has(s.schedule)) return;
        const near = closest(s.schedule, known);
        ctx.report(['users', i, 'forwarding', 'schedules', j, 'schedule'], `${u.name} forwards by schedule "${s.schedule}", which is not declared`, {
          hint: `${near ? `Did you mean "${near}"? ` : ''}${known.length ? `Known schedules: ${known.join(', ')}.` : 'No schedules are declared.'}`,
        });
      }),
    );
  },
});

export const repeatedForwardingSchedule = defineRule({
  code: 'RF441',
  name: 'repeated-forwarding-schedule',
  severity: 'error',
  meaning: "A schedule appears twice in one user's `forwarding.schedules`: only the first could ever apply.",
  hint: 'Merge the two entries into one.',
  check(ctx) {
    users(ctx).forEach((u, i) =>
      reportRepeats(
        ctx,
        (u.forwarding?.schedules ?? []).map((s, j) => ({ key: s.schedule, path: ['users', i, 'forwarding', 'schedules', j, 'schedule'], label: u.name })),
        (repeat, _first, line) => `${repeat.label} lists schedule "${repeat.key}" in forwarding.schedules again (first on line ${line})`,
      ),
    );
  },
});

export const forwardToNoVoicemail = defineRule({
  code: 'RF442',
  name: 'forward-to-disabled-voicemail',
  severity: 'error',
  meaning: 'A user forwards calls to `voicemail` but declares `voicemail: {enabled: false}`: those calls would find no box.',
  hint: 'Turn the voicemail box on (`voicemail: {enabled: true}`), or forward to a number.',
  check(ctx) {
    ctx.org.users.forEach((u, i) => {
      if (users(ctx)[i]?.voicemail?.enabled !== false) return;
      const f = u.forwarding;
      if (f === null) return;
      const rules = [{ path: ['users', i, 'forwarding'], r: f }, ...f.schedules.map((s, j) => ({ path: ['users', i, 'forwarding', 'schedules', j], r: s }))];
      for (const { path, r } of rules) {
        const keys = (['always', 'busy', 'unregistered'] as const).filter((k) => r[k] === 'voicemail');
        if (r.noAnswer?.to === 'voicemail') keys.push('noAnswer' as never);
        if (keys.length > 0) ctx.report([...path, keys[0]!], `${u.name} forwards to voicemail (${keys.join(', ')}) but has voicemail turned off`);
      }
    });
  },
});

export const pinWithoutCredentialsFile = defineRule({
  code: 'RF443',
  name: 'pin-without-credentials-file',
  severity: 'error',
  meaning: 'A voicemail PIN is taken from the credentials file (`pin: {credential: KEY}`), but `provider.credentials.file` names none.',
  hint: 'Name the file in provider.credentials.file (a JSON object holding the key), or take the PIN from an environment variable: `pin: {env: NAME}`.',
  check(ctx) {
    if (ctx.written.provider?.credentials?.file !== undefined) return;
    users(ctx).forEach((u, i) => {
      const pin = u.voicemail?.pin;
      if (pin && 'credential' in pin) ctx.report(['users', i, 'voicemail', 'pin'], `${u.name}'s voicemail PIN comes from credentials-file key "${pin.credential}", but no credentials file is named`);
    });
  },
});

/** Vendors whose API can neither set nor read forwarding and voicemail (their capability rows: unsupported). */
const CANNOT_READ = new Set(['smartflo', 'myoperator', 'squaretalk']);

export const uncheckableDefault = defineRule({
  code: 'RF444',
  name: 'forwarding-voicemail-uncheckable',
  // An error, not a warning: what org.yaml says must be something ringform can make true or check (and warnings are RF3xx).
  severity: 'error',
  meaning:
    "A user writes `forwarding: {}` (or a voicemail block with only defaults) for a vendor whose API cannot read forwarding or voicemail: ringform could neither make it true nor check it.",
  hint: 'Leave the field out (unmanaged), and check forwarding and voicemail in the vendor panel.',
  check(ctx) {
    const type = ctx.org.provider?.type;
    if (type === undefined || !CANNOT_READ.has(type)) return;
    ctx.org.users.forEach((u, i) => {
      for (const field of ['forwarding', 'voicemail'] as const) {
        if (users(ctx)[i]?.[field] !== undefined && isDefaultValue(u, field)) {
          ctx.report(['users', i, field], `${u.name}'s ${field} cannot be set or read on ${type}, so ringform cannot keep it as written`);
        }
      }
    });
  },
});

export const forwardingRules = [unknownForwardingSchedule, repeatedForwardingSchedule, forwardToNoVoicemail, pinWithoutCredentialsFile, uncheckableDefault];
