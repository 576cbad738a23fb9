/** Extensions that a vendor would accept but that can never work as written. */
import { defineRule } from './rule.js';
import { departments } from './util.js';

export const deskPhoneOnWeb = defineRule({
  code: 'RF230',
  name: 'desk-phone-on-web',
  severity: 'error',
  meaning: 'An extension has a desk phone (`device`) but is of type `web` (the default), which only rings the browser dashboard: the phone is never provisioned and apply never converges.',
  hint: 'Set `type: sip` (or `sip-tls`) on the extension, or remove `device`.',
  check(ctx) {
    (ctx.written.extensions ?? []).forEach((e, i) => {
      if (e.device && (e.type ?? 'web') === 'web') {
        ctx.report(['extensions', i, 'device'], `extension ${e.number} has a desk phone but is of type web${e.type ? '' : ' (the default)'}`);
      }
    });
  },
});

export const extensionIsDepartmentNumber = defineRule({
  code: 'RF231',
  name: 'extension-is-department-number',
  severity: 'error',
  meaning: "An entry under `extensions` has the number of a department: one number cannot ring both a department and a phone extension.",
  hint: 'Give the extension or the department another number.',
  check(ctx) {
    const byNumber = new Map<string, { name: string; index: number }>();
    departments(ctx).forEach((d, index) => {
      if (d.extension !== undefined && !byNumber.has(d.extension)) byNumber.set(d.extension, { name: d.name, index });
    });
    (ctx.written.extensions ?? []).forEach((e, i) => {
      const d = byNumber.get(e.number);
      if (!d) return;
      const line = ctx.positionOf(['departments', d.index, 'extension']).line;
      ctx.report(['extensions', i, 'number'], `extension ${e.number} is the number of department ${d.name} (line ${line})`);
    });
  },
});

export const protectedUserDisabled = defineRule({
  code: 'RF232',
  name: 'protected-user-disabled',
  severity: 'error',
  meaning: 'A user listed in settings.guards.protectedUsers is declared `status: disabled`; protected users may never be disabled, so every plan would stop.',
  hint: 'Make the user active, or take them out of protectedUsers first if disabling them is really meant.',
  check(ctx) {
    const protectedUsers = new Set((ctx.written.settings?.guards?.protectedUsers ?? []).map((e) => e.toLowerCase()));
    (ctx.written.users ?? []).forEach((u, i) => {
      if (u.status === 'disabled' && protectedUsers.has(u.email.toLowerCase())) {
        ctx.report(['users', i, 'status'], `${u.email.toLowerCase()} is a protected user (settings.guards.protectedUsers) but is declared disabled`);
      }
    });
  },
});
