/**
 * `npm run build` (run by `npm ci` through `prepare`): bundles the CLI into dist/ with esbuild, one ES
 * module per command (code splitting follows main.ts's lazy `import()`s), so `ringform validate` loads a
 * handful of files instead of ~90 modules across five packages; module resolution and loading were most of
 * its start-up (docs/BENCHMARKS.md, "Start-up"). Types are checked by `npm run typecheck`, not here.
 *
 * Kept as plain JS so it needs no loader. Every chunk sits directly in dist/, one level below the package
 * root, which is what src/paths.ts assumes. The banner gives CommonJS dependencies bundled into ES modules
 * (commander, yaml) the `require` they call for Node's built-in modules.
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
  banner: { js: "import { createRequire as __ringformRequire } from 'node:module'; const require = __ringformRequire(import.meta.url);" },
  logLevel: 'warning',
});
