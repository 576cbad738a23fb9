/**
 * Every API provider's conformance harness: the import, migration and drift tests run over this list, so a
 * new provider joins them by adding its harness here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Org, ProviderConfig } from '../../src/model/org.js';
import type { ImportSource } from '../../src/import/provider.js';
import { sandboxFiles } from '../../src/providers/sandbox/index.js';
import type { Harness } from '../conformance/harness.js';
import { netsapiensHarness } from '../conformance/netsapiens.harness.js';
import { sandboxHarness } from '../conformance/sandbox.harness.js';

export const HARNESSES: Harness[] = [sandboxHarness, netsapiensHarness];

/** What `ringform import` is told to read a harness's vendor org (the sandbox's state file made absolute). */
export function importSource(config: ProviderConfig): ImportSource {
  return {
    type: config.type,
    endpoint: config.type === 'sandbox' ? sandboxFiles(config).state : config.endpoint,
    domain: config.domain,
    credentials: config.credentials,
  };
}

/**
 * The harness's org as org.yaml can express it: some harnesses build orgs in memory with vendor formats
 * the schema refuses (a MAC without colons, a caller id without +). Import writes what it reads, so the
 * round trip starts from an org a person could have written.
 */
export function expressible(org: Org): Org {
  const copy = structuredClone(org);
  for (const e of copy.extensions) {
    if (e.device && /^[0-9A-Fa-f]{12}$/.test(e.device.mac)) e.device.mac = e.device.mac.match(/../g)!.join(':');
    if (e.callerId !== null && /^[1-9][0-9]{6,14}$/.test(e.callerId)) e.callerId = `+${e.callerId}`;
  }
  return copy;
}

export const importOptions = { include: [] as string[], exclude: [] as string[], force: false, verbose: false };

export const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');
