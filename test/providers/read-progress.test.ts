/**
 * Every vendor reports how far its read has got (ReadContext.progress), against its emulator over real
 * HTTP (the sandbox on its state file): each kind it reads is named, counts only go up, and every kind
 * ends finished (done = total), so the progress line is empty when the read is over. Reading with no
 * context, or with a listener that throws, reads the same organisation.
 */
import { describe, expect, it } from 'vitest';
import type { ReadProgress } from '../../src/contract/provider.js';
import { converge } from '../conformance/converge.js';
import type { Harness } from '../conformance/harness.js';
import { myoperatorHarness } from '../conformance/myoperator.harness.js';
import { netsapiensHarness } from '../conformance/netsapiens.harness.js';
import { sandboxHarness } from '../conformance/sandbox.harness.js';
import { smartfloHarness } from '../conformance/smartflo.harness.js';

const EXPECTED_KINDS: Record<string, string[]> = {
  netsapiens: ['users', 'devices', 'timeframes', 'call queues', 'user count', 'answer rules', 'call queue agents'],
  smartflo: ['users', 'roles', 'departments', 'numbers', 'user details'],
  myoperator: ['users'],
  sandbox: ['sandbox state'],
};

describe.each([netsapiensHarness, smartfloHarness, myoperatorHarness, sandboxHarness].map((h) => [h.type, h] as [string, Harness]))('read progress: %s', (type, harness) => {
  it('names each kind it reads, counts up, finishes every kind; no listener or a throwing one reads the same', async () => {
    const vendor = await harness.start();
    const provider = await vendor.createProvider();
    try {
      await converge(provider, harness.seedOrg(vendor.config));
      const events: ReadProgress[] = [];
      const live = await provider.read({ progress: (e) => events.push({ ...e }) });
      expect(live.users.length).toBeGreaterThan(0);
      const kinds = [...new Set(events.map((e) => e.what))];
      expect(kinds.sort()).toEqual([...EXPECTED_KINDS[type]!].sort());
      for (const kind of kinds) {
        const mine = events.filter((e) => e.what === kind);
        const dones = mine.map((e) => e.done);
        expect(dones, kind).toEqual([...dones].sort((a, b) => a - b));
        const last = mine.at(-1)!;
        expect(last.done, `${kind} ends finished`).toBe(last.total);
      }
      const perUser = events.filter((e) => e.what === 'answer rules' || e.what === 'user details');
      if (perUser.length > 0) expect(perUser.at(-1)!.total).toBe(live.users.length);

      const plain = await provider.read();
      const throwing = await provider.read({
        progress: () => {
          throw new Error('closed terminal');
        },
      });
      const emails = (l: typeof live) => l.users.map((u) => u.data.email).sort();
      expect(emails(plain)).toEqual(emails(live));
      expect(emails(throwing)).toEqual(emails(live));
    } finally {
      await provider.close?.();
      await vendor.close();
    }
  });
});
