/**
 * A department member is `oneOf` an email or `{ user, priority }`. For one bad member ajv reports an error
 * per branch plus "must match exactly one schema in oneOf" — three messages, two of them beside the point.
 * Keep only the branch the author evidently meant: the email branch for a string, the object branch for a
 * mapping; anything else becomes a single RF107.
 */
import type { ErrorObject } from 'ajv';

const OBJECT_BRANCH = '#/oneOf/1/';

export function collapseMemberErrors(errors: ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  if (oneOfs.length === 0) return errors;
  const kept = errors.filter((e) => !oneOfs.some((o) => within(o.instancePath, e.instancePath)));
  for (const oneOf of oneOfs) {
    const related = errors.filter((e) => e !== oneOf && within(oneOf.instancePath, e.instancePath));
    kept.push(...chooseBranch(oneOf, related));
  }
  return kept;
}

function within(root: string, path: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

/** A department member (`/departments/0/members/2`); the other `oneOf` in the schema is a SecretRef of two mappings. */
const MEMBER_PATH = /^\/departments\/\d+\/members\/\d+$/;

function chooseBranch(oneOf: ErrorObject, related: ErrorObject[]): ErrorObject[] {
  const value: unknown = oneOf.data;
  if (!MEMBER_PATH.test(oneOf.instancePath)) return otherOneOf(oneOf, related);
  if (typeof value === 'string') {
    return related.filter((e) => !e.schemaPath.startsWith(OBJECT_BRANCH));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return related.filter((e) => e.schemaPath.startsWith(OBJECT_BRANCH) || e.instancePath !== oneOf.instancePath);
  }
  return [{ ...oneOf, keyword: 'member', message: undefined }];
}

/**
 * A `oneOf` of mappings (SecretRef: `{ env }` or `{ credential }`): a value that is no mapping at all is one
 * wrong-type error (its message must not call it a member); a mapping keeps its branches' own errors.
 */
function otherOneOf(oneOf: ErrorObject, related: ErrorObject[]): ErrorObject[] {
  const value: unknown = oneOf.data;
  const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isMapping) return [{ ...oneOf, keyword: 'type', params: { type: 'object' }, message: undefined }];
  // The branch the author meant is the one whose required key the mapping has (alone); with both keys or
  // neither, the unknown keys say it (a "missing" error per branch would only repeat the choice).
  const branchOf = (e: ErrorObject) => e.schemaPath.slice(oneOf.schemaPath.length).split('/')[1];
  const missesItsKey = (i: string) => related.some((e) => e.keyword === 'required' && branchOf(e) === i);
  const meant = ['0', '1'].filter((i) => !missesItsKey(i));
  const kept = meant.length === 1 ? related.filter((e) => branchOf(e) === meant[0]) : related.filter((e) => e.keyword !== 'required');
  return kept.length > 0 ? kept : [oneOf];
}
