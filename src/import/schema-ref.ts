/**
 * The `$schema` that `import` writes in the modeline (`# yaml-language-server: $schema=...`): a path relative
 * to the written file that works on any machine that checks the folder out, never an absolute path or a path
 * into the one install that happened to run the import (a global install or an npx cache).
 *
 *  1. the project's own install: `node_modules/ringform/schemas/org.schema.json` in the nearest folder at or
 *     above the file that has one (e.g. `./node_modules/...`, `../node_modules/...`);
 *  2. a file inside a clone of ringform itself (its examples): its `schemas/org.schema.json`;
 *  3. otherwise where a project install will put it: `node_modules/ringform/...` under the project root (the
 *     nearest folder with package.json or .git, else the file's folder), with a note that
 *     `npm install --save-dev ringform` there makes editors find it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

const INSTALLED = path.join('node_modules', 'ringform', 'schemas', 'org.schema.json');

export interface SchemaRef {
  /** Relative to the written file's folder, with `/` separators. */
  ref: string;
  /** Set when the schema is not there yet: what to do so editors find it. */
  note: string | null;
}

export function schemaRef(outDir: string, packageRoot: string = PACKAGE_ROOT, exists: (file: string) => boolean = existsSync): SchemaRef {
  for (const dir of upFrom(outDir)) {
    if (exists(path.join(dir, INSTALLED))) return { ref: posixRelative(outDir, path.join(dir, INSTALLED)), note: null };
  }
  if (isInside(outDir, packageRoot)) return { ref: posixRelative(outDir, path.join(packageRoot, 'schemas', 'org.schema.json')), note: null };
  const root = upFrom(outDir).find((dir) => exists(path.join(dir, 'package.json')) || exists(path.join(dir, '.git'))) ?? outDir;
  return {
    ref: posixRelative(outDir, path.join(root, INSTALLED)),
    note: `The $schema line points at ${posixRelative(outDir, path.join(root, INSTALLED))}; run \`npm install --save-dev ringform\` in ${root} so editors find it (README, "Editor support").`,
  };
}

function upFrom(dir: string): string[] {
  const dirs = [path.resolve(dir)];
  while (path.dirname(dirs.at(-1)!) !== dirs.at(-1)) dirs.push(path.dirname(dirs.at(-1)!));
  return dirs;
}

function isInside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel) && !rel.split(path.sep).includes('node_modules'));
}

export function posixRelative(from: string, to: string): string {
  const rel = path.relative(from, to).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}
