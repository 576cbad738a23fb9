/**
 * What the NetSapiens read keeps of each user, device and agent (kept-fields.ts) is evidenced: every kept
 * field is one the ledger says ringform reads from that listing. That nothing needed is dropped is proved by
 * the provider's tests and the conformance suite, which read, plan and apply with only these fields.
 */
import { describe, expect, it } from 'vitest';
import { netsapiensEvidence } from '../../../src/providers/netsapiens/evidence.js';
import { AGENT_FIELDS_KEPT, DEVICE_FIELDS_KEPT, keepUser, USER_FIELDS_KEPT } from '../../../src/providers/netsapiens/kept-fields.js';

const read = (endpoint: string) => new Set(netsapiensEvidence.filter((e) => e.endpoint === endpoint && e.where === 'response').map((e) => e.field.replace(/^\[\]\./, '')));

describe('NetSapiens kept fields', () => {
  it.each([
    ['GET /domains/{domain}/users', USER_FIELDS_KEPT],
    ['GET /domains/{domain}/devices', DEVICE_FIELDS_KEPT],
    ['GET /domains/{domain}/agents', AGENT_FIELDS_KEPT],
  ] as const)('%s: each kept field is in the evidence ledger', (endpoint, kept) => {
    const ledger = read(endpoint);
    expect(ledger.size).toBeGreaterThan(0);
    expect(kept.filter((f) => !ledger.has(f))).toEqual([]);
  });

  it('a user keeps the fields it has, in one order, and nothing else', () => {
    const wire = { 'login-username': 'x@d', 'user-scope': 'Basic User', user: '1001', 'language-token': 'en_US', 'caller-id-number': null };
    const kept = keepUser(wire);
    expect(kept).toEqual({ user: '1001', 'user-scope': 'Basic User', 'caller-id-number': null });
    expect(Object.keys(kept)).toEqual(['user', 'user-scope', 'caller-id-number']);
  });
});

describe('NetSapiens user for apply', () => {
  it('keeps only what apply reads, every field also kept at arrival; repeated scopes and an equal email are one string', async () => {
    const { USER_FIELDS_FOR_APPLY, userForApply } = await import('../../../src/providers/netsapiens/kept-fields.js');
    expect(USER_FIELDS_FOR_APPLY.filter((f) => !(USER_FIELDS_KEPT as readonly string[]).includes(f))).toEqual([]);
    const shared = new Map<string, string>();
    const wire = (id: string) => ({ user: id, 'user-scope': 'Office Manager', 'account-status': 'standard', 'voicemail-login-pin': '1234', 'email-address': `${id}@x.example`, email: `${id}@x.example` });
    const a = userForApply(JSON.parse(JSON.stringify(wire('1001'))), shared);
    const b = userForApply(JSON.parse(JSON.stringify(wire('1002'))), shared);
    expect(a).toEqual({ user: '1001', 'email-address': '1001@x.example', email: '1001@x.example', 'user-scope': 'Office Manager' });
    expect(shared.size).toBe(1);
    expect(b['user-scope']).toBe(a['user-scope']);
  });
});
