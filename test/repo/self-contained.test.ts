/**
 * The repository stands on its own: a clone with nothing beside it builds, tests and runs. No source, test,
 * bench or script file may refer to the team's shared folder outside the repository, and the vendor spec the
 * NetSapiens emulator validates against ships inside the package. Vendor facts and design patterns are
 * cited from pages in the repository (docs/vendors/, docs/design.md), never from notes outside it, and
 * every cited heading exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { NETSAPIENS_SPEC_FILE, netsapiensValidator } from '../../src/emulators/netsapiens/spec.js';
import { PROVIDER_TYPES } from '../../src/model/org.js';
import { githubSlug, headingAnchors } from './anchors.js';

const SCANNED = ['src', 'test', 'bench', 'scripts', '.ci', 'bin', 'examples'];
// Built from parts so that this file does not match itself.
const OUTSIDE = new RegExp(['\\.\\.', 'shared'].join('[\\\\/]'));

// The team's notes outside the repository, by the names code used to cite them; built from parts for the same reason.
const OUTSIDE_NOTES = new RegExp([['API', 'NOTES'].join('-'), ['STYLE', 'md'].join('\\.')].join('|'));
/** Where citations live: code, tests, tools and every markdown page a reader meets. */
const CITING = ['src', 'test', 'bench', 'scripts', 'docs', '.ci', 'bin', 'examples'];
const CITING_FILES = ['README.md', 'CONTRIBUTING.md', path.join('specs', 'README.md')];
/** `docs/vendors/<page>.md` or `docs/design.md`, with an optional `#anchor`. */
const CITATION = /docs\/(vendors\/[A-Za-z0-9_-]+|design)\.md(?:#([A-Za-z0-9_-]+))?/g;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the repository stands on its own', () => {
  it('no file under src, test, bench, scripts, .ci, bin or examples refers to a folder beside the repository', () => {
    const offenders = SCANNED.flatMap((d) => filesUnder(path.join(PACKAGE_ROOT, d)))
      .filter((f) => OUTSIDE.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(PACKAGE_ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the NetSapiens OpenAPI spec is inside the package, listed in package.json files, and loads', () => {
    expect(path.relative(PACKAGE_ROOT, NETSAPIENS_SPEC_FILE)).toBe(path.join('specs', 'netsapiens-api-v2.openapi.json'));
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('specs');
    const loaded = netsapiensValidator();
    expect('validator' in loaded, 'error' in loaded ? loaded.error.message : '').toBe(true);
  });

  it('no file cites the team notes outside the repository (API and style notes); they are pages under docs/', () => {
    const offenders = citingFiles()
      .filter((f) => OUTSIDE_NOTES.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(PACKAGE_ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('every vendor with an API model has its facts page, and the design page exists', () => {
    const pages = ['docs/vendors/README.md', 'docs/design.md', ...PROVIDER_TYPES.filter((t) => t !== 'sandbox').map((t) => `docs/vendors/${t}.md`)];
    expect(pages.filter((p) => !existsSync(path.join(PACKAGE_ROOT, p)))).toEqual([]);
  });

  it('every cited docs/vendors or docs/design heading exists in that page', () => {
    const anchorsOf = new Map<string, Set<string> | null>();
    const anchors = (page: string) => {
      if (!anchorsOf.has(page)) {
        const file = path.join(PACKAGE_ROOT, page);
        anchorsOf.set(page, existsSync(file) ? headingAnchors(readFileSync(file, 'utf8')) : null);
      }
      return anchorsOf.get(page)!;
    };
    const broken: string[] = [];
    let cited = 0;
    for (const file of citingFiles()) {
      const where = path.relative(PACKAGE_ROOT, file);
      for (const m of readFileSync(file, 'utf8').matchAll(CITATION)) {
        cited += 1;
        const page = `docs/${m[1]}.md`;
        const known = anchors(page);
        if (known === null) broken.push(`${where}: ${m[0]} (no such page)`);
        else if (m[2] !== undefined && !known.has(m[2])) broken.push(`${where}: ${m[0]} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
    // The code cites these pages many times over; a scan that found none would prove nothing.
    expect(cited).toBeGreaterThan(80);
  });

  it('in-page links of the vendor and design pages land on a heading of the same page', () => {
    const pages = filesUnder(path.join(PACKAGE_ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    const broken = pages.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const known = headingAnchors(text);
      return [...text.matchAll(/\]\(#([^)\s]+)\)/g)].filter((m) => !known.has(m[1]!)).map((m) => `${path.relative(PACKAGE_ROOT, file)}: #${m[1]}`);
    });
    expect(broken).toEqual([]);
  });

  it('heading anchors are computed as GitHub computes them', () => {
    expect(githubSlug('Pure core in an I/O shell')).toBe('pure-core-in-an-io-shell');
    expect(githubSlug('Help-centre rules for users')).toBe('help-centre-rules-for-users');
    expect(githubSlug('Client, mapper and vendor object')).toBe('client-mapper-and-vendor-object');
    const anchors = headingAnchors('# Page\n## Users\n```md\n## Not a heading\n```\n### Users\n## [Linked](x.md) `code`\n');
    expect([...anchors]).toEqual(['page', 'users', 'users-1', 'linked-code']);
  });
});

function citingFiles(): string[] {
  const roots = CITING.flatMap((d) => filesUnder(path.join(PACKAGE_ROOT, d)));
  const files = CITING_FILES.map((f) => path.join(PACKAGE_ROOT, f)).filter((f) => existsSync(f));
  return [...roots, ...files];
}
