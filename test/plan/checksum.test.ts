import { describe, expect, it } from 'vitest';
import { checksum } from '../../src/plan/checksum.js';

describe('checksum', () => {
  it('is sha256 of canonical JSON: key order does not matter, array order does', () => {
    expect(checksum({ a: 1, b: [1, 2] })).toBe(checksum({ b: [1, 2], a: 1 }));
    expect(checksum({ a: [1, 2] })).not.toBe(checksum({ a: [2, 1] }));
    expect(checksum({ a: 1, b: undefined })).toBe(checksum({ a: 1 }));
    expect(checksum({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });
});
