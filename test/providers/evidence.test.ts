/**
 * The evidence ledgers (src/providers/<vendor>/evidence.ts) cannot drift from the providers:
 * - every request a provider sends in the conformance scenarios (method, path, query and body keys, seen by
 *   its emulator) is in the ledger;
 * - every wire field name the provider's source spells is in the ledger, and every ledger field is still
 *   spelled somewhere in the provider (no stale rows);
 * - a NetSapiens field sourced to the spec really is in that operation's schemas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { ENDPOINT_ITSELF, leafOf, matchesEndpoint, type Evidence } from '../../src/providers/evidence.js';
import { myoperatorEvidence } from '../../src/providers/myoperator/evidence.js';
import { netsapiensEvidence } from '../../src/providers/netsapiens/evidence.js';
import { smartfloEvidence } from '../../src/providers/smartflo/evidence.js';
import { myoperatorHarness } from '../conformance/myoperator.harness.js';
import { netsapiensHarness } from '../conformance/netsapiens.harness.js';
import { smartfloHarness } from '../conformance/smartflo.harness.js';
import type { Harness } from '../conformance/harness.js';
import { wireUse } from './evidence-run.js';

interface Case {
  harness: Harness;
  ledger: Evidence[];
  /** Quoted literals in the provider that are values or ringform terms, not wire field names. */
  notFields: string[];
}

const CASES: Record<string, Case> = {
  smartflo: {
    harness: smartfloHarness,
    ledger: smartfloEvidence,
    // credentials-file keys, org.yaml routing names, plan action kinds
    notFields: ['passwordEnv', 'loginId', 'username', 'token', 'round-robin', 'longest-idle', 'add-member', 'remove-member', 'cancel-invite'],
  },
  myoperator: { harness: myoperatorHarness, ledger: myoperatorEvidence, notFields: [] },
  netsapiens: {
    harness: netsapiensHarness,
    ledger: netsapiensEvidence,
    notFields: [
      // routing and type values, plan action kinds, answer-rule values
      'round-robin', 'longest-idle', 'sip-tls', 'add-member', 'remove-member', 'cancel-invite',
      'days-of-week', 'welcome_email.php',
      // listing names in vendor-data errors ("GET users"), not wire fields
      'users', 'callqueues', 'timeframes', 'agents',
      // ringform model fields named in the read scope and in `unread`
      'receiveCalls', 'members',
    ],
  },
};

const sourceOf = (vendor: string): string => {
  const dir = path.join(PACKAGE_ROOT, 'src', 'providers', vendor);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'evidence.ts' && f !== 'capabilities.ts')
    .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^\s*(\/\*\*|\*|\/\/).*$/gm, ''))
    .join('\n');
};

/** Wire-looking names the source spells: str(x, 'k'), x['k'], 'kebab-case' and snake_case literals, .snake_case. */
function spelledFields(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(/str\([\w.]+, '([^']+)'\)/g)) out.add(m[1]!);
  for (const m of source.matchAll(/\['([\w-]+)'\]/g)) out.add(m[1]!);
  for (const m of source.matchAll(/'([a-z]+(?:[-_][a-z0-9]+)+)'/g)) out.add(m[1]!);
  for (const m of source.matchAll(/\.([a-z]+(?:_[a-z]+)+)\b/g)) out.add(m[1]!);
  return out;
}

/** Every segment of every ledger field (`data.team_member.email` → data, team_member, email). */
const leaves = (ledger: Evidence[]) => new Set(ledger.flatMap((e) => e.field.split('.').map((part) => leafOf(part))).filter((f) => f !== ''));

describe.each(Object.entries(CASES))('evidence ledger: %s', (vendor, c) => {
  it('lists every request the provider sends (endpoint, query and body keys)', async () => {
    const missing = new Set<string>();
    for (const use of await wireUse(c.harness)) {
      const rows = c.ledger.filter((e) => matchesEndpoint(e.endpoint, use.method, use.path));
      const anyEndpoint = c.ledger.filter((e) => e.endpoint.startsWith('* '));
      if (rows.length === 0) missing.add(`${use.method} ${use.path}: endpoint`);
      for (const key of use.query) {
        if (![...rows, ...anyEndpoint].some((e) => e.where === 'query' && e.field === key)) missing.add(`${use.method} ${use.path}: query ${key}`);
      }
      for (const key of use.body) if (!rows.some((e) => e.where === 'request' && e.field === key)) missing.add(`${use.method} ${use.path}: body ${key}`);
    }
    expect([...missing]).toEqual([]);
  }, 120_000);

  it('lists every wire field the provider spells, and nothing it no longer spells', () => {
    const source = sourceOf(vendor);
    const known = leaves(c.ledger);
    const unlisted = [...spelledFields(source)].filter((f) => !known.has(f) && !c.notFields.includes(f));
    expect(unlisted.join(' '), 'add these to the ledger, or to notFields if they are not wire fields').toBe('');
    const stale = [...known].filter((f) => f !== ENDPOINT_ITSELF && !f.includes('<') && !f.startsWith('Retry-After') && !source.includes(f));
    expect(stale.join(' '), 'ledger fields the provider no longer spells').toBe('');
  });
});

// ── NetSapiens: the spec is the source ─────────────────────────────────────────────────────────────

type Node = Record<string, unknown>;
const SPEC = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'specs', 'netsapiens-api-v2.openapi.json'), 'utf8')) as Node;

function resolve(node: unknown): unknown {
  let n = node;
  for (let i = 0; i < 20 && n && typeof n === 'object' && '$ref' in (n as Node); i++) {
    const ref = String((n as Node).$ref).replace(/^#\//, '').split('/');
    n = ref.reduce<unknown>((at, k) => (at as Node | undefined)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], SPEC);
  }
  return n;
}

/** Every property and parameter name reachable from a node. */
function names(node: unknown, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  const n = resolve(node);
  if (!n || typeof n !== 'object' || seen.has(n)) return out;
  seen.add(n);
  if (Array.isArray(n)) {
    for (const item of n) names(item, out, seen);
    return out;
  }
  const o = n as Node;
  if (typeof o.name === 'string' && typeof o.in === 'string') out.add(o.name);
  if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
  // An operation's examples count too (SPEC-DEFECTS D1: `email-address` is in the examples, `email` in the schema).
  if (o.example && typeof o.example === 'object' && !Array.isArray(o.example)) for (const k of Object.keys(o.example)) out.add(k);
  for (const v of Object.values(o)) names(v, out, seen);
  return out;
}

function operationsOf(endpoint: string): Node[] {
  const [method, p] = endpoint.split(' ') as [string, string];
  const paths = SPEC.paths as Record<string, Node>;
  return Object.entries(paths)
    .filter(([k]) => k.replace(/#\d+$/, '') === p)
    .map(([, v]) => v[method.toLowerCase()] as Node | undefined)
    .filter((o): o is Node => o !== undefined);
}

const expand = (leaf: string): string[] =>
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((day) => ['1', '2'].map((n) => leaf.replace('<day>', day).replace('<n>', n)));

describe('evidence ledger: netsapiens fields sourced to the spec are in it', () => {
  const rows = netsapiensEvidence.filter((e) => e.source.kind === 'spec');
  it.each(rows.map((e) => [`${e.endpoint} ${e.where} ${e.field}`, e] as const))('%s', (_name, e) => {
    const ops = operationsOf(e.endpoint);
    expect(ops.length, `${e.endpoint} is not an operation of the spec`).toBeGreaterThan(0);
    if (e.field === ENDPOINT_ITSELF) return;
    const found = new Set<string>();
    for (const o of ops) names(o, found);
    // POST /tokens: the spec puts the grants in components.schemas.AuthRequest (SPEC-DEFECTS D5).
    if (e.endpoint === 'POST /tokens') names((SPEC.components as Node).schemas, found);
    for (const leaf of expand(leafOf(e.field))) expect(found.has(leaf), `${leaf} is not in the spec's ${e.endpoint}`).toBe(true);
  });
});
