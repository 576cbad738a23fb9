/** The vendor-data corruption switches shared by the emulators (src/emulators/corruptions.ts). */
import { describe, expect, it } from 'vitest';
import { CORRUPTION_KINDS, CorruptionSpecError, parseCorruptionSpec } from '../../src/emulators/corruptions.js';
import { startMyoperatorEmulator } from '../../src/emulators/myoperator/index.js';
import { RingformError } from '../../src/errors.js';

describe('corruption spec', () => {
  it('parses kinds, rate, seed and page size', () => {
    expect(parseCorruptionSpec('kinds=null-email+cursor-loop,rate=0.5,seed=9,page-size=3')).toEqual({ kinds: ['null-email', 'cursor-loop'], rate: 0.5, seed: 9, pageSize: 3 });
    expect(CORRUPTION_KINDS.length).toBe(16);
  });

  it.each(['kinds=bogus', 'rate=2', 'colour=red', 'seed=x'])('refuses %s with a clean error', (spec) => {
    const err = (() => {
      try {
        parseCorruptionSpec(spec);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(CorruptionSpecError);
    expect(err).toBeInstanceOf(RingformError);
  });
});

describe('an emulator serving corruptions', () => {
  it('changes only what it is told to, and stops when told', async () => {
    const emu = await startMyoperatorEmulator({ port: 0, tokens: ['t'] });
    try {
      emu.state.add({ name: 'A', email: 'a@example.com', contact_number: '9876500000', extension: '' });
      const get = async () => (await (await fetch(`${emu.url}/user?token=t`)).json()) as { data: Array<{ email: unknown }> };
      const clean = await get();
      expect(clean.data[0]!.email).toBe('a@example.com');
      emu.corrupt('kinds=null-email,rate=1');
      expect((await get()).data[0]!.email).toBeNull();
      emu.corrupt('kinds=null-body,rate=1');
      expect(await (await fetch(`${emu.url}/user?token=t`)).json()).toBeNull();
      emu.corrupt(null);
      expect(await get()).toEqual(clean);
    } finally {
      await emu.close();
    }
  });
});
