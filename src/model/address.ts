/** Addresses name one object in a plan, Terraform-style: `user["priya@example.com"]`. */

export type ResourceKind = 'role' | 'schedule' | 'extension' | 'user' | 'department' | 'member';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['role', 'schedule', 'extension', 'user', 'department', 'member'];

export function addressOf(kind: Exclude<ResourceKind, 'member'>, key: string): string {
  return `${kind}[${JSON.stringify(key)}]`;
}

export function memberAddress(department: string, user: string): string {
  return `member[${JSON.stringify(department)}][${JSON.stringify(user)}]`;
}

/** Parses an address back into its kind and keys; null when it is not one. */
export function parseAddress(address: string): { kind: ResourceKind; keys: string[] } | null {
  const m = /^([a-z]+)((?:\["(?:[^"\\]|\\.)*"\])+)$/.exec(address);
  if (!m || !RESOURCE_KINDS.includes(m[1] as ResourceKind)) return null;
  const keys = [...m[2]!.matchAll(/\[("(?:[^"\\]|\\.)*")\]/g)].map((k) => JSON.parse(k[1]!) as string);
  return { kind: m[1] as ResourceKind, keys };
}
