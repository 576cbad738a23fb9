/**
 * The lines of the keys that decide what a plan may delete: each collection (`users:`) and its prune
 * setting (`settings.prune.users`). The planner names them when a guard stops a mass delete.
 */
import type { OrgOrigin } from '../model/origin.js';
import { nodeAt, positionOf, type DataPath, type ParsedSource } from './source.js';

const COLLECTIONS = ['users', 'extensions', 'departments', 'members', 'schedules', 'roles'] as const;

export function orgOrigin(src: ParsedSource): OrgOrigin {
  const lines: Record<string, number> = {};
  const note = (path: DataPath) => {
    if (nodeAt(src, path) !== undefined) lines[path.join('.')] = positionOf(src, path, 'key').line;
  };
  for (const c of COLLECTIONS) {
    note([c]);
    note(['settings', 'prune', c]);
  }
  return { file: src.file, lines };
}
