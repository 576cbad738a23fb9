/**
 * Review c4: `provider.vendor.smartflo.agentGroups: "Inbound, Outbound"` (a string, not a list) was read as no
 * list at all (model/vendor-constraints/smartflo.ts listedAgentGroups), so RF466 checked nothing and the plan
 * told the user to list the groups they had listed. `timeGroups` had the same gap (read.ts knownTimeGroups
 * dropped a non-list and non-string entries). Both are the account's names as a person copied them from the
 * panel: a list of non-empty strings, or refused here at its position.
 *
 * Review: `agentGroups:` with nothing after it (YAML null) was refused as "a null, not a list of names". A key
 * with no value is a key left unset, and unset means unmanaged: null reads as the key left out (the account's
 * groups are not known, nothing is checked against them, the plan names what it sends unchecked and says a key
 * with no value reads as left out), as listedAgentGroups and read.ts knownTimeGroups already read it. `[]` is a
 * list: for agentGroups it says the account has none. No warning at the key: warnings are RF3xx, not this rule's
 * range, and unset is a valid choice anywhere in org.yaml.
 */
import { defineRule } from './rule.js';

const LISTS = ['agentGroups', 'timeGroups'] as const;

export const smartfloNameList = defineRule({
  code: 'RF468',
  name: 'smartflo-name-list',
  severity: 'error',
  meaning: 'provider.vendor.smartflo.agentGroups or timeGroups is not a list of names (it would be read as no list, and nothing checked against it). A key with no value (null) is not refused: it reads as left out.',
  hint: 'Write the names as a YAML list, one per entry, e.g. agentGroups: [Inbound, Outbound].',
  check(ctx) {
    if (ctx.org.provider?.type !== 'smartflo') return;
    const vendor = (ctx.org.provider.vendor ?? {}) as Record<string, unknown>;
    for (const key of LISTS) {
      const value = vendor[key];
      if (value === undefined || value === null) continue;
      const at = ['provider', 'vendor', 'smartflo', key];
      if (!Array.isArray(value)) {
        const example = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
        ctx.report(at, `provider.vendor.smartflo.${key} is ${typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `a ${value === null ? 'null' : typeof value}`}, not a list of names`, {
          hint: example.length > 0 ? `Write it as a list: ${key}: [${example.join(', ')}].` : `Write the names as a YAML list, e.g. ${key}: [Inbound, Outbound].`,
        });
        continue;
      }
      value.forEach((entry, j) => {
        if (typeof entry !== 'string' || entry.trim() === '') {
          ctx.report([...at, j], `entry ${j + 1} of provider.vendor.smartflo.${key} is ${JSON.stringify(entry)}, not a name`, { hint: 'Write each entry as the name the panel shows, as text (quote names that YAML reads as numbers or booleans).' });
        }
      });
    }
  },
});

/**
 * Review (2026-12-03, F1): `roleIds: { owner: 1, admin: 1 }` gives one Smartflo role two names. A user created
 * as admin is given role 1, and the read names role 1 by the first of its names (owner), so every later plan
 * showed `role: "owner" → "admin"` and apply never settled it. One name per id, refused here at the second name.
 */
export const smartfloRoleIdTwice = defineRule({
  code: 'RF469',
  name: 'smartflo-role-id-twice',
  severity: 'error',
  meaning: 'provider.vendor.smartflo.roleIds gives one Smartflo role id two names; the read can show that role by one name only, so a user given the other would differ on every plan.',
  hint: 'Name each role id once: keep the name org.yaml uses for that role, and give the users that role by that name.',
  check(ctx) {
    if (ctx.org.provider?.type !== 'smartflo') return;
    const raw = ((ctx.org.provider.vendor ?? {}) as Record<string, unknown>)['roleIds'];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
    const first = new Map<string, string>();
    for (const [name, id] of Object.entries(raw)) {
      const key = String(id).trim();
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, name);
      else ctx.report(['provider', 'vendor', 'smartflo', 'roleIds', name], `provider.vendor.smartflo.roleIds names role id ${key} twice: "${earlier}" and "${name}"`, { hint: `Keep one of them (Smartflo role ${key} is one role), and give the users of the other that name.` });
    }
  },
});
