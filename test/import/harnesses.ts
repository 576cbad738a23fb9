/**
 * Every API provider's conformance harness: the import, migration and drift tests run over this list, so a
 * new provider joins them by adding its harness here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Org, ProviderConfig } from '../../src/model/org.js';
import type { ImportSource } from '../../src/import/provider.js';
import { sandboxFiles } from '../../src/providers/sandbox/index.js';
import type { Action } from '../../src/plan/types.js';
import { CHECKLIST_REASON } from '../../src/plan/unverified.js';
import type { Provider } from '../../src/contract/provider.js';
import { renderImport } from '../../src/import/index.js';
import { writtenProvider } from '../../src/import/provider.js';
import { loadText } from '../../src/import/verify.js';
import type { Harness } from '../conformance/harness.js';
import { myoperatorHarness } from '../conformance/myoperator.harness.js';
import { netsapiensHarness } from '../conformance/netsapiens.harness.js';
import { sandboxHarness } from '../conformance/sandbox.harness.js';
import { smartfloHarness } from '../conformance/smartflo.harness.js';

export const HARNESSES: Harness[] = [sandboxHarness, netsapiensHarness, smartfloHarness, myoperatorHarness];

/** What `ringform import` is told to read a harness's vendor org (the sandbox's state file made absolute). */
export function importSource(config: ProviderConfig): ImportSource {
  return {
    type: config.type,
    endpoint: config.type === 'sandbox' ? sandboxFiles(config).state : config.endpoint,
    domain: config.domain,
    credentials: config.credentials,
    vendor: config.vendor,
  };
}

/** Imports what `provider` reads, as `ringform import` does, and loads the written file (validating it). */
export async function importVia(provider: Provider, config: ProviderConfig, outDir = config.baseDir): Promise<{ text: string; org: Org }> {
  const live = await provider.read();
  const { text } = renderImport({
    live,
    provider: writtenProvider(importSource(config), outDir, outDir),
    source: `${config.type} test`,
    schema: './org.schema.json',
    filter: { include: [], exclude: [] },
  });
  return { text, org: { ...(await loadText(text)), provider: config } };
}

/**
 * The harness's org as org.yaml can express it: some harnesses build orgs in memory with vendor formats
 * the schema refuses (a MAC without colons, a caller id without +, a role named "Team Lead"). Import writes what it reads, so the
 * round trip starts from an org a person could have written.
 */
export function expressible(org: Org): Org {
  const copy = structuredClone(org);
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const roles = new Map(copy.roles.map((r) => [r.name, slug(r.name)]));
  for (const r of copy.roles) r.name = roles.get(r.name)!;
  for (const u of copy.users) u.role = roles.get(u.role) ?? u.role;
  for (const e of copy.extensions) {
    if (e.device && /^[0-9A-Fa-f]{12}$/.test(e.device.mac)) e.device.mac = e.device.mac.match(/../g)!.join(':');
    if (e.callerId !== null && /^[1-9][0-9]{6,14}$/.test(e.callerId)) e.callerId = `+${e.callerId}`;
  }
  return copy;
}

export const importOptions = { include: [] as string[], exclude: [] as string[], force: false, verbose: false };

export const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');

/** Actions a plan may hold against the same live state: none but checklist steps for what cannot be read. */
export function notChecklist(actions: Action[]): Action[] {
  return actions.filter((a) => a.reason !== CHECKLIST_REASON);
}
