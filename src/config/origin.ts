/**
 * The lines of the keys that decide what a plan may delete: each collection (`users:`) and its prune
 * setting (`settings.prune.users`). The planner names them when a guard stops a mass delete.
 */
import type { OrgOrigin } from '../model/origin.js';
import { nodeAt, positionOf, type DataPath, type ParsedSource } from './source.js';

const COLLECTIONS = ['users', 'extensions', 'departments', 'members', 'schedules', 'roles'] as const;

/**
 * The lines are found when first read (only when a guard trips): finding them needs the file's positions,
 * which a valid file otherwise never builds (parse.ts).
 */
export function orgOrigin(src: ParsedSource): OrgOrigin {
  let lines: Record<string, number> | undefined;
  return {
    file: src.file,
    get lines() {
      return (lines ??= linesOf(src));
    },
  };
}

function linesOf(src: ParsedSource): Record<string, number> {
  const lines: Record<string, number> = {};
  const note = (path: DataPath) => {
    if (nodeAt(src, path) !== undefined) lines[path.join('.')] = positionOf(src, path, 'key').line;
  };
  for (const c of COLLECTIONS) {
    note([c]);
    note(['settings', 'prune', c]);
  }
  return lines;
}
