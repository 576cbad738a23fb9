/** How each action kind looks: symbol, legend label, colour, and the collection its resource belongs to. */
import type { ResourceKind } from '../model/address.js';
import type { Collection } from '../model/org.js';
import type { ActionKind } from '../plan/types.js';

export type Hue = 'green' | 'yellow' | 'red' | 'magenta' | 'cyan' | 'blue';

export interface KindStyle {
  symbol: string;
  /** Legend text, after the symbol. */
  label: string;
  /** The word used in markdown tables and the summary table. */
  word: string;
  hue: Hue;
}

export const KIND_STYLE: Record<ActionKind, KindStyle> = {
  create: { symbol: '+', label: 'create', word: 'create', hue: 'green' },
  update: { symbol: '~', label: 'update', word: 'update', hue: 'yellow' },
  replace: { symbol: '-/+', label: 'replace (delete, then create)', word: 'replace', hue: 'magenta' },
  delete: { symbol: '-', label: 'delete', word: 'delete', hue: 'red' },
  invite: { symbol: '>', label: 'invite', word: 'invite', hue: 'cyan' },
  'cancel-invite': { symbol: 'x', label: 'cancel invite', word: 'cancel invite', hue: 'red' },
  'add-member': { symbol: '+', label: 'add member', word: 'add member', hue: 'green' },
  'remove-member': { symbol: '-', label: 'remove member', word: 'remove member', hue: 'red' },
  manual: { symbol: '!', label: "manual step (a person does it in the vendor's panel)", word: 'manual step', hue: 'blue' },
};

export const COLLECTION_OF: Record<ResourceKind, Collection> = {
  user: 'users',
  extension: 'extensions',
  department: 'departments',
  member: 'members',
  schedule: 'schedules',
  role: 'roles',
};

/** Order of the per-collection tables in markdown. */
export const COLLECTION_ORDER: readonly Collection[] = ['users', 'extensions', 'departments', 'members', 'schedules', 'roles'];
