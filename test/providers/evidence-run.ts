/**
 * Drives a provider through the conformance scenarios (seeded start, the desired org, every mutation, a
 * prune) against its emulator and returns what it put on the wire: per request, the method, path, query
 * keys and top-level body keys.
 */
import type { Harness } from '../conformance/harness.js';
import { converge } from '../conformance/converge.js';

export interface WireUse {
  method: string;
  path: string;
  query: string[];
  body: string[];
}

export async function wireUse(harness: Harness): Promise<WireUse[]> {
  const vendor = await harness.start();
  const provider = await vendor.createProvider();
  try {
    const org = harness.org(vendor.config);
    const desired = { ...org, settings: { ...org.settings, prune: { ...org.settings.prune, users: true } } };
    await converge(provider, harness.seedOrg(vendor.config));
    await converge(provider, desired);
    for (const mutation of harness.mutations) {
      const next = structuredClone(desired);
      try {
        mutation.apply(next);
        await converge(provider, next);
      } catch {
        // A mutation the vendor cannot take is the conformance suite's business; the wire it used still counts.
      }
    }
    return (vendor.log?.() ?? []).map((r) => ({
      method: r.method,
      path: r.path,
      query: Object.keys(r.query),
      body: r.body !== null && typeof r.body === 'object' && !Array.isArray(r.body) ? Object.keys(r.body) : [],
    }));
  } finally {
    await provider.close?.();
    await vendor.close();
  }
}
