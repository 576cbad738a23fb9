/**
 * `ringform import` flags that become `provider.vendor.<type>` settings of the written org.yaml, so that the
 * import reads what it could not otherwise name, and the file carries what a later apply needs:
 *
 * - `--role-map agent=1,admin=3` (MyOperator, Smartflo): role name → the vendor's role id
 *   (`provider.vendor.<type>.roleIds`). MyOperator lists only a `role_id` per user: without a map, users'
 *   roles are left unmanaged (import says so in the header).
 * - `--caller-id +912240001000` (Smartflo, repeatable): the account numbers new users get as caller id
 *   (`provider.vendor.smartflo.caller_id`), which Smartflo requires on every user create and which no read
 *   shows per user.
 */
import { RingformError } from '../errors.js';
import { BUILTIN_ROLES, type ProviderType } from '../model/org.js';
import { ROLE_NAME } from '../model/role-names.js';

const ROLE_MAP_VENDORS: readonly ProviderType[] = ['myoperator', 'smartflo'];

export interface ImportVendorFlags {
  roleMap: string[];
  callerIds: string[];
}

/** The `provider.vendor.<type>` settings the flags ask for; undefined when none. */
export function vendorSettingsFromFlags(type: ProviderType, flags: ImportVendorFlags): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  if (flags.roleMap.length > 0) {
    if (!ROLE_MAP_VENDORS.includes(type)) throw new RingformError(`--role-map is for ${ROLE_MAP_VENDORS.join(' and ')} (vendors that show role ids); ${type} names its roles itself`);
    out.roleIds = parseRoleMap(flags.roleMap);
  }
  if (flags.callerIds.length > 0) {
    if (type !== 'smartflo') throw new RingformError(`--caller-id is for smartflo (caller ids new users get); ${type} has none to set`);
    for (const n of flags.callerIds) {
      if (!/^\+[1-9]\d{6,14}$/.test(n) && !/^\d+$/.test(n)) throw new RingformError(`--caller-id ${JSON.stringify(n)}: give an account number in E.164 (e.g. +912240001000) or its id from GET /v1/my_number`);
    }
    out.caller_id = flags.callerIds;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `agent=1,admin=3` (repeatable, comma-separated) → `{agent: 1, admin: 3}`. */
export function parseRoleMap(entries: string[]): Record<string, number> {
  const map: Record<string, number> = {};
  for (const entry of entries.flatMap((e) => e.split(',')).map((e) => e.trim()).filter(Boolean)) {
    const m = /^([^=]+)=(\d+)$/.exec(entry);
    if (!m) throw new RingformError(`--role-map ${JSON.stringify(entry)}: write name=id, e.g. --role-map agent=1,supervisor=2,admin=3`);
    const name = m[1]!.trim();
    if (!(BUILTIN_ROLES as readonly string[]).includes(name) && !ROLE_NAME.test(name)) {
      throw new RingformError(`--role-map ${JSON.stringify(entry)}: ${JSON.stringify(name)} is not an org.yaml role name (a built-in role, or lower-case letters, digits and dashes)`);
    }
    if (Object.hasOwn(map, name)) throw new RingformError(`--role-map names ${name} twice`);
    map[name] = Number(m[2]);
  }
  return map;
}
