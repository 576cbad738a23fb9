/**
 * Turns intended changes into actions the vendor can perform, using its capability table as data
 * (docs/design.md#capabilities-as-data): an API action where the vendor has one, a manual action with filled steps where a
 * person must do it, a replace where a field cannot change in place, and a warning where a field cannot
 * change at all.
 *
 * Decisions:
 * - A field *listed* as `unsupported` gives one warning per (kind, field) and no action. A field that is
 *   not listed inherits `operations.update`; when that is `unsupported`, the change becomes a manual action
 *   with the reason and no steps, as every unsupported operation does (the conformance suite expects
 *   manual actions, not errors).
 * - An update's `after` is the live object with only that action's changes applied, so a whole-object PUT
 *   never sends a value the vendor cannot set (or that a person sets by hand).
 * - A replace carries every change that can be made (all but listed-unsupported fields); no separate update.
 */
import type { ResourceKind } from '../model/address.js';
import { fieldSupport, type Capabilities, type Operation, type Support } from '../model/capabilities.js';
import { plain } from './canonical.js';
import { makeDraft, type ActionBody, type Draft, type Intent } from './draft.js';
import { fillSteps, stepVars } from './steps.js';
import type { FieldChange, Record_ } from './types.js';
import { isQuietDefault } from '../model/web-login.js';

/** Where planned drafts and warnings collect. */
export interface Sink {
  caps: Capabilities;
  drafts: Draft[];
  warnings: Set<string>;
}

interface Target {
  resource: ResourceKind;
  address: string;
  vendorId: string | null;
  reason: string;
}

const OPERATION_OF: Record<Exclude<Intent, 'update' | 'replace'>, (r: ResourceKind) => [ResourceKind, Operation]> = {
  create: (r) => [r, 'create'],
  delete: (r) => [r, 'delete'],
  invite: () => ['user', 'invite'],
  'cancel-invite': () => ['user', 'invite'],
  'add-member': () => ['member', 'create'],
  'remove-member': () => ['member', 'delete'],
};

/** Emits `api` as is when the vendor's API can do its operation, else a manual action standing for it. */
export function planOperation(
  sink: Sink,
  api: ActionBody & { kind: Exclude<Intent, 'update' | 'replace'> },
  before: Record_ | null,
  after: Record_ | null,
): void {
  const [kind, operation] = OPERATION_OF[api.kind](api.resource);
  const support = sink.caps[kind].operations[operation];
  if (support.level === 'api') {
    sink.drafts.push(makeDraft(api, before, after));
    return;
  }
  const object = (after ?? before)!;
  sink.drafts.push(makeDraft(manualAction(api, api.kind, support, object, valuesOf(before, after)), before, after));
}

/**
 * What a person enters or removes for a manual create, add or delete: every field of the object, as
 * changes from nothing (or to nothing), so a checklist shows the values, not just "as declared".
 */
export function valuesOf(before: Record_ | null, after: Record_ | null): FieldChange[] {
  const object = after ?? before ?? {};
  return Object.entries(object)
    .filter(([field, value]) => value !== null && !(typeof value === 'object' && Object.keys(value as object).length === 0) && !isQuietDefault(field, value))
    .map(([field, value]) => (after ? { field, before: null, after: value } : { field, before: value, after: null }));
}

function manualAction(
  target: Target,
  intent: Intent,
  support: Exclude<Support, { level: 'api' }>,
  object: Record_,
  changes: FieldChange[],
) {
  const why = support.level === 'manual' ? support.why : support.reason;
  const steps = support.level === 'manual' ? fillSteps(support.steps, stepVars(target.resource, object, changes)) : [];
  return {
    kind: 'manual' as const,
    resource: target.resource,
    address: target.address,
    reason: target.reason,
    vendorId: target.vendorId,
    intent,
    why,
    steps,
    changes,
  };
}

interface Grouped {
  api: FieldChange[];
  replace: Array<{ change: FieldChange; reason: string }>;
  manual: Array<{ change: FieldChange; support: Exclude<Support, { level: 'api' }> }>;
}

function groupBySupport(sink: Sink, resource: ResourceKind, changes: FieldChange[]): Grouped {
  const grouped: Grouped = { api: [], replace: [], manual: [] };
  for (const change of changes) {
    const support = fieldSupport(sink.caps, resource, change.field);
    if (support.level === 'api') grouped.api.push(change);
    else if (support.level === 'replace') grouped.replace.push({ change, reason: support.reason });
    else if (support.level === 'unsupported') {
      sink.warnings.add(`${resource} field ${change.field} cannot be changed on this vendor: ${support.reason}`);
    } else grouped.manual.push({ change, support });
  }
  return grouped;
}

export function applyChanges(before: Record_, changes: FieldChange[]): Record_ {
  const after = plain(before);
  for (const c of changes) after[c.field] = plain(c.after);
  return after;
}

/** Plans an update of `before` into `desired`, field by field as the vendor allows. */
export function planUpdate(sink: Sink, target: Target, before: Record_, desired: Record_, changes: FieldChange[]): void {
  const grouped = groupBySupport(sink, target.resource, changes);
  if (grouped.replace.length > 0) return planReplace(sink, target, before, desired, grouped);
  if (grouped.api.length > 0) {
    const after = applyChanges(before, grouped.api);
    const action = { kind: 'update' as const, ...target, changes: grouped.api, before: plain(before), after };
    sink.drafts.push(makeDraft(action, before, after));
  }
  if (grouped.manual.length > 0) {
    const manualChanges = grouped.manual.map((m) => m.change);
    const after = applyChanges(before, manualChanges);
    const support = mergeManual(grouped.manual.map((m) => m.support), target.resource, after, manualChanges);
    sink.drafts.push(makeDraft(manualAction(target, 'update', support, after, manualChanges), before, after));
  }
}

/** Several manual fields of one object become one manual action: whys and steps joined, duplicates dropped. */
function mergeManual(
  supports: Exclude<Support, { level: 'api' }>[],
  resource: ResourceKind,
  object: Record_,
  changes: FieldChange[],
): Exclude<Support, { level: 'api' }> {
  const whys = new Set<string>();
  const steps = new Set<string>();
  // Stryker disable ConditionalExpression: only manual supports reach here (groupBySupport turns unsupported fields into warnings); the checks are for the type checker
  for (const s of supports) {
    whys.add(s.level === 'manual' ? s.why : s.reason);
    if (s.level === 'manual') for (const step of fillSteps(s.steps, stepVars(resource, object, changes))) steps.add(step);
  }
  // Stryker restore ConditionalExpression
  // Steps are already filled; `{...}` cannot appear in them again, so filling twice is harmless.
  return { level: 'manual', why: [...whys].join('; '), steps: [...steps] };
}

function planReplace(sink: Sink, target: Target, before: Record_, desired: Record_, grouped: Grouped): void {
  const changes = [...grouped.api, ...grouped.replace.map((r) => r.change), ...grouped.manual.map((m) => m.change)];
  changes.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  const replaceFields = grouped.replace.map((r) => r.change.field).sort();
  const why = grouped.replace.map((r) => `vendor cannot change ${r.change.field} in place: ${r.reason}`).join('; ');
  // Re-created from scratch: the whole desired record, not the live one patched.
  const after = plain(desired);
  const ops = sink.caps[target.resource].operations;
  if (ops.create.level === 'api' && ops.delete.level === 'api') {
    const action = { kind: 'replace' as const, ...target, reason: why, changes, replaceFields, before: plain(before), after };
    sink.drafts.push(makeDraft(action, before, after));
    return;
  }
  const steps = [ops.delete, ops.create].flatMap((s) => (s.level === 'manual' ? s.steps : []));
  // The API can create it but not delete it: once a person has deleted it, the next apply creates it.
  if (ops.create.level === 'api' && ops.delete.level === 'manual') steps.push('Then run `ringform apply` again: it creates the new one.');
  const support: Support = {
    level: 'manual',
    why: `${why}; and the vendor's API cannot delete and re-create a ${target.resource}`,
    steps,
  };
  sink.drafts.push(makeDraft(manualAction(target, 'replace', support, after, changes), before, after));
}
