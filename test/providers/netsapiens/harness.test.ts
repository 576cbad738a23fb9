/**
 * The conformance harness, exercised here until the shared suite runs it: the org converges from an
 * empty domain and from the seed org, every mutation converges, and every request conforms to the spec.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Org } from '../../../src/model/org.js';
import type { Provider } from '../../../src/contract/provider.js';
import type { VendorUnderTest } from '../../conformance/harness.js';
import { netsapiensHarness } from '../../conformance/netsapiens.harness.js';
import { applyOnce, failures, remaining } from './helpers.js';

let vut: VendorUnderTest;
let provider: Provider;

beforeEach(async () => {
  vut = await netsapiensHarness.start();
  provider = await vut.createProvider();
});
afterEach(async () => {
  await provider.close?.();
  await vut.close();
});

async function converge(desired: Org): Promise<void> {
  const { manifest } = await applyOnce(provider, desired);
  expect(failures(manifest)).toEqual([]);
  expect(await remaining(provider, desired)).toEqual([]);
}

describe('netsapiensHarness', () => {
  it('converges from an empty domain, with spec-conforming requests only', async () => {
    await converge(netsapiensHarness.org(vut.config));
    expect(vut.violations()).toEqual([]);
  });

  it('converges from the seed org', async () => {
    await converge(netsapiensHarness.seedOrg(vut.config));
    await converge(netsapiensHarness.org(vut.config));
    expect(vut.violations()).toEqual([]);
  });

  it('converges after every mutation, one after another', async () => {
    const desired = netsapiensHarness.org(vut.config);
    await converge(desired);
    for (const mutation of netsapiensHarness.mutations) {
      mutation.apply(desired);
      const { manifest } = await applyOnce(provider, desired);
      expect(failures(manifest), mutation.name).toEqual([]);
      expect(await remaining(provider, desired), mutation.name).toEqual([]);
    }
    expect(vut.violations()).toEqual([]);
  });

  it('converges after each mutation alone, from the org', async () => {
    for (const mutation of netsapiensHarness.mutations) {
      const fresh = await netsapiensHarness.start();
      const p = await fresh.createProvider();
      try {
        const desired = netsapiensHarness.org(fresh.config);
        await applyOnce(p, desired);
        mutation.apply(desired);
        const { manifest } = await applyOnce(p, desired);
        expect(failures(manifest), mutation.name).toEqual([]);
        expect(await remaining(p, desired), mutation.name).toEqual([]);
        expect(fresh.violations(), mutation.name).toEqual([]);
      } finally {
        await p.close?.();
        await fresh.close();
      }
    }
  });
});
