/**
 * The field lines under each action's headline, as data: the text renderer prints them Terraform-style and the
 * markdown renderer as a ```diff block. Values are raw here; renderers format them with `formatField`.
 */
import type { ResourceKind } from '../model/address.js';
import type { Action, ActionKind, FieldChange } from '../plan/types.js';
import { identifyingFields } from '../model/fields.js';
import { diffValues, flatten } from './values.js';
import { withoutQuietDefaults } from '../model/web-login.js';

export interface FieldLine {
  op: '+' | '-' | '~';
  path: string;
  before: unknown;
  after: unknown;
  forcesReplacement: boolean;
}

/** Shown for a delete: enough to recognise the object, nothing more (the catalogue's identifying fields). */
function identifying(resource: ResourceKind): string[] {
  return resource === 'member' ? ['department', 'user'] : identifyingFields(resource);
}

const line = (op: FieldLine['op'], path: string, before: unknown, after: unknown, forces = false): FieldLine => ({
  op,
  path,
  before,
  after,
  forcesReplacement: forces,
});

const added = (path: string, value: unknown) => flatten(value, path).map(([p, v]) => line('+', p, null, v));
const removed = (path: string, value: unknown) => flatten(value, path).map(([p, v]) => line('-', p, v, null));

function changed(changes: FieldChange[], replaceFields: string[] = []): FieldLine[] {
  return changes.flatMap((c) => {
    const forces = replaceFields.some((f) => c.field === f || c.field.startsWith(`${f}.`));
    const op = { both: '~', added: '+', removed: '-' } as const;
    return diffValues(c.field, c.before, c.after).map((d) => line(op[d.presence], d.path, d.before, d.after, forces));
  });
}

function manualChanges(intent: Exclude<ActionKind, 'manual'>, changes: FieldChange[]): FieldLine[] {
  switch (intent) {
    case 'create':
    case 'invite':
    case 'add-member':
      return changes.flatMap((c) => added(c.field, c.after));
    case 'delete':
    case 'cancel-invite':
    case 'remove-member':
      return changes.flatMap((c) => removed(c.field, c.before));
    case 'update':
    case 'replace':
      return changed(changes);
  }
}

export function fieldLines(action: Action): FieldLine[] {
  switch (action.kind) {
    case 'create':
      return added('', action.resource === 'user' ? withoutQuietDefaults(action.after) : action.after);
    case 'update':
      return changed(action.changes);
    case 'replace':
      return changed(action.changes, action.replaceFields);
    case 'delete':
      return identifying(action.resource)
        .filter((f) => action.before[f] !== undefined && action.before[f] !== null)
        .map((f) => line('-', f, action.before[f], null));
    case 'invite':
      return [line('+', 'email', null, action.email), line('+', 'name', null, action.name)];
    case 'cancel-invite':
      return [line('-', 'email', action.email, null)];
    case 'add-member':
    case 'remove-member': {
      const op = action.kind === 'add-member' ? '+' : '-';
      const v = (x: unknown): [unknown, unknown] => (op === '+' ? [null, x] : [x, null]);
      return [
        line(op, 'department', ...v(action.department)),
        line(op, 'user', ...v(action.user)),
        line(op, 'priority', ...v(action.priority)),
      ];
    }
    case 'manual':
      return manualChanges(action.intent, action.changes);
  }
}
