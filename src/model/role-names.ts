/**
 * A vendor's own role name as org.yaml writes role names (issue 16 item 4): case and spaces do not matter,
 * so "Team Lead", "TEAM_LEAD" and "team-lead" are one role, and "Admin" is the built-in `admin`. A name
 * that cannot be written as an org.yaml role name (`^[a-z][a-z0-9-]{0,39}$`, e.g. "2nd line" or a 60-letter
 * name) stays as the vendor wrote it: it cannot be referenced, and `import` says so. To use a name of your
 * own for a vendor role, map it to the role's id (`provider.vendor.smartflo.roleIds`,
 * `provider.vendor.myoperator.roleIds`).
 */
export const ROLE_NAME = /^[a-z][a-z0-9-]{0,39}$/;

export function orgRoleName(vendorName: string): string {
  const slug = vendorName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ROLE_NAME.test(slug) ? slug : vendorName;
}
