/**
 * `npm run build` (run by `npm ci` through `prepare`): bundles the CLI into dist/ with esbuild, one ES
 * module per command (code splitting follows main.ts's lazy `import()`s), so `ringform validate` loads a
 * handful of files instead of ~90 modules across five packages; module resolution and loading were most of
 * its start-up (docs/BENCHMARKS.md, "Start-up"). Types are checked by `npm run typecheck`, not here.
 *
 * Kept as plain JS so it needs no loader. Every chunk sits directly in dist/, one level below the package
 * root, which is what src/paths.ts assumes. The banner gives CommonJS dependencies bundled into ES modules
 * (commander, yaml, undici) the `require` they call; everything but Node's built-in modules is bundled, so
 * it asks process.getBuiltinModule (Node >= 20.16) first and builds a real require only for anything else,
 * instead of one createRequire per chunk at start-up.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { ringform: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  banner: {
    js: "const require = (id) => process.getBuiltinModule(id) ?? process.getBuiltinModule('node:module').createRequire(import.meta.url)(id);",
  },
  logLevel: 'warning',
});
