/**
 * The planner's working form of an action: the action as it will be emitted (without id and
 * dependencies, which ordering assigns), plus what dependency analysis needs to know about it.
 */
import type { ResourceKind } from '../model/address.js';
import type { Action, ActionKind, Record_ } from './types.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type ActionBody = DistributiveOmit<Action, 'id' | 'dependsOn'>;

/** What an action does to the vendor's state: its kind, or for a manual action the kind it stands for. */
export type Intent = Exclude<ActionKind, 'manual'>;

export interface Draft {
  /**
   * Unique and stable: intent, kind and address (a user may have a manual create and a manual invite),
   * with a suffix for the extra update that releases an extension.
   */
  key: string;
  action: ActionBody;
  intent: Intent;
  /** The object as it is live before this action (null for a create), and as it will be after (null for a delete). */
  before: Record_ | null;
  after: Record_ | null;
  /** Keys of drafts that must run first. */
  deps: Set<string>;
  /**
   * A department update of a field the read cannot see while the department is empty (LiveOrg.unreadable
   * `whileEmpty`: Smartflo's ring timeout, kept per agent): it shows only once members are there, so it runs
   * after the department's first member add and waits (or is skipped) with it (unverified.ts seenWithMembers).
   */
  seenWithMembers?: boolean;
}

// Stryker disable next-line StringLiteral: every caller passes the suffix (makeDraft's own default is '')
export function draftKey(intent: Intent, kind: ActionKind, address: string, suffix = ''): string {
  return `${intent}|${kind}|${address}${suffix}`;
}

export function intentOf(action: ActionBody): Intent {
  return action.kind === 'manual' ? action.intent : action.kind;
}

export function makeDraft(
  action: ActionBody,
  before: Record_ | null,
  after: Record_ | null,
  suffix = '',
): Draft {
  const intent = intentOf(action);
  return { key: draftKey(intent, action.kind, action.address, suffix), action, intent, before, after, deps: new Set() };
}

export type { ResourceKind };

/** The intents planned at each address so far: one pass over the drafts, so lookups stay O(1). */
export function intentsByAddress(drafts: readonly Draft[]): (address: string) => ReadonlySet<string> {
  const index = new Map<string, Set<string>>();
  for (const d of drafts) {
    const set = index.get(d.action.address) ?? new Set<string>();
    set.add(d.intent);
    index.set(d.action.address, set);
  }
  const none: ReadonlySet<string> = new Set();
  return (address) => index.get(address) ?? none;
}
