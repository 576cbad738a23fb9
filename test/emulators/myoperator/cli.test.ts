import { describe, expect, it } from 'vitest';
import { EMULATED_VENDORS, startEmulator } from '../../../src/emulators/registry.js';

describe('ringform emulate myoperator', () => {
  it('starts through the emulator registry and prints where and with which token', async () => {
    expect(EMULATED_VENDORS).toContain('myoperator');
    let out = '';
    const emulator = await startEmulator('myoperator', { port: 0 }, { stdout: { write: (s) => void (out += s) } });
    try {
      const url = /listening on (\S+)/.exec(out)![1]!;
      const token = /Token \(query or body parameter "token"\): (\S+)/.exec(out)![1]!;
      const res = await fetch(`${url}/user?token=${token}`);
      expect(await res.json()).toEqual({ status: 'success', code: 200, data: [], next_page: null });
    } finally {
      await emulator.close();
    }
  });
});
