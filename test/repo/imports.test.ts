/**
 * Imports run downhill (CONTRIBUTING.md "How data flows"): each top-level folder of src/ sits on a layer and
 * may import only from its own layer or lower ones, and no two files import each other, directly or through
 * others. A small scan of the TypeScript sources (relative `from '…'` and `import('…')` specifiers) is
 * enough: ringform has no path aliases.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

const SRC = path.join(PACKAGE_ROOT, 'src');

/** Lower numbers are lower layers. A folder missing here fails the test: every folder must be placed. */
export const LAYERS: Record<string, number> = {
  'paths.ts': 0,
  'version.ts': 0,
  'errors.ts': 1, // ConfigError carries config's Diagnostic type
  'inert.ts': 0,
  'secret-names.ts': 0,
  model: 0,
  coverage: 1, // pure, on the model; config's rules and the planner use it
  csv: 1, // reading and writing CSV text, and its diagnostic codes (providers read Squaretalk exports with it)
  contract: 1, // the provider contract: what providers implement and the shell calls; plan does not need it
  config: 1,
  plan: 1,
  providers: 2,
  render: 2,
  apply: 2,
  import: 2,
  drift: 3,
  probe: 3, // ringform probe: reads the ledgers and the providers' clients
  emulators: 2,
  gen: 2,
  shell: 4,
  fleet: 5,
  cli: 6,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].map((m) => path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, '.ts'));
    graph.set(path.relative(SRC, file), targets.map((t) => path.relative(SRC, t)));
  }
  return graph;
}

const top = (file: string): string => file.split(path.sep)[0]!;

/** Files on a cycle, found by Tarjan's strongly connected components. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const found: string[][] = [];
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; onStack: boolean }>();
  const visit = (v: string): void => {
    meta.set(v, { index, low: index, onStack: true });
    index += 1;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!meta.has(w)) {
        visit(w);
        meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.low);
      } else if (meta.get(w)!.onStack) meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.index);
    }
    if (meta.get(v)!.low !== meta.get(v)!.index) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      meta.get(w)!.onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

describe('the import graph', () => {
  const graph = importGraph();

  it('places every top-level folder and file of src/ on a layer', () => {
    const unplaced = [...new Set([...graph.keys()].map(top))].filter((t) => LAYERS[t] === undefined);
    expect(unplaced).toEqual([]);
  });

  it('has no import that runs uphill (model ← config, plan ← providers, render, apply, … ← shell ← fleet ← cli)', () => {
    const uphill = [...graph].flatMap(([from, targets]) =>
      targets.filter((to) => (LAYERS[top(to)] ?? 99) > (LAYERS[top(from)] ?? -1)).map((to) => `${from} → ${to}`),
    );
    expect(uphill).toEqual([]);
  });

  it('has no cycle between files', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('would notice: an uphill import and a cycle are found in a made-up graph', () => {
    const made = new Map([
      ['plan/a.ts', ['providers/b.ts']],
      ['providers/b.ts', ['plan/a.ts']],
    ]);
    expect(cycles(made)).toEqual([['plan/a.ts', 'providers/b.ts']]);
    expect(LAYERS[top('providers/b.ts')]! > LAYERS[top('plan/a.ts')]!).toBe(true);
  });
});
