import { describe, expect, it } from 'vitest';
import { SpecValidator } from '../../../src/emulators/openapi/validator.js';
import { netsapiensValidator } from '../../../src/emulators/netsapiens/spec.js';
import { DOMAIN, alice, start } from './helpers.js';

function validator(): SpecValidator {
  const spec = netsapiensValidator();
  if ('error' in spec) throw spec.error;
  return spec.validator;
}

const check = (method: string, path: string, body?: unknown, query: Record<string, string> = {}) =>
  validator().validate({ method, path, query, body });

describe('NetSapiens spec validator', () => {
  it('accepts conforming requests, including #N alternates', () => {
    expect(check('POST', `/domains/${DOMAIN}/users`, alice()).problems).toEqual([]);
    expect(check('GET', `/domains/${DOMAIN}/users`, undefined, { start: '0', limit: '1000' }).ok).toBe(true);
    expect(check('GET', `/domains/${DOMAIN}/users/count`).ok).toBe(true);
    expect(check('POST', '/tokens', { grant_type: 'refresh_token', client_id: 'a', client_secret: 'b', refresh_token: 'r' }).ok).toBe(true);
    expect(check('DELETE', `/domains/${DOMAIN}/timeframes/5`).ok).toBe(true);
    expect(check('DELETE', `/domains/${DOMAIN}/timeframes/5`, { child_id: '6' }).ok).toBe(true);
  });

  it('reports a bad body: enum, type, unknown field, missing required', () => {
    const bad = check('POST', `/domains/${DOMAIN}/users`, { user: '1001', 'user-scope': 'Boss', 'area-code': 'abc', colour: 'red' });
    const messages = bad.problems.map((p) => p.message).join('\n');
    expect(bad.ok).toBe(false);
    expect(messages).toMatch(/user-scope must be equal to one of the allowed values/);
    expect(messages).toMatch(/area-code must be integer/);
    expect(messages).toMatch(/"colour" is not in the spec/);
    expect(messages).toMatch(/name-first-name/);
  });

  it('reports a bad path, a bad method and a bad query parameter', () => {
    expect(check('GET', `/domains/${DOMAIN}/userz`).problems[0]!.message).toMatch(/matches no path/);
    expect(check('PATCH', `/domains/${DOMAIN}/users/1001`).problems[0]!.message).toMatch(/PATCH is not defined/);
    expect(check('GET', `/domains/${DOMAIN}/users`, undefined, { limit: '1001' }).problems[0]!.message).toMatch(/limit.*<= 1000/);
    expect(check('GET', `/domains/${DOMAIN}/users`, undefined, { page: '2' }).problems[0]!.message).toMatch(/unknown query parameter "page"/);
  });

  it('reports a missing spec file clearly', () => {
    const missing = netsapiensValidator('/nonexistent/netsapiens.json');
    expect('error' in missing && missing.error.message).toMatch(/OpenAPI spec not available at \/nonexistent\/netsapiens.json/);
  });
});

describe('NetSapiens emulator: spec conformance of requests', () => {
  it('logs violations in lenient mode and still serves', async () => {
    const emu = await start();
    const res = await emu.call('POST', `/domains/${DOMAIN}/users`, { user: '1001', nickname: 'al' });
    expect(res.status).toBe(202);
    const [v] = emu.log.violations();
    expect(v).toMatchObject({ method: 'POST', path: `/domains/${DOMAIN}/users` });
    expect(v!.problems.join('\n')).toMatch(/nickname/);
  });

  it('rejects non-conforming requests with 400 {code,message} in strict mode', async () => {
    const emu = await start({ strict: true });
    const res = await emu.call('POST', `/domains/${DOMAIN}/users`, { user: '1001' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 400, message: expect.stringMatching(/name-first-name/) });
    expect((await emu.call('POST', `/domains/${DOMAIN}/users`, alice())).status).toBe(202);
    // strict: user PUT must carry the four fields the spec marks required
    expect((await emu.call('PUT', `/domains/${DOMAIN}/users/1001`, { 'name-last-name': 'X' })).status).toBe(400);
    const full = { 'name-first-name': 'A', 'name-last-name': 'X', 'email-address': 'a@acme.example', 'user-scope': 'Basic User' };
    expect((await emu.call('PUT', `/domains/${DOMAIN}/users/1001`, full)).status).toBe(202);
  });

  it('answers 501 for spec endpoints it does not implement and 404 for paths outside the spec', async () => {
    const emu = await start();
    expect((await emu.call('GET', `/domains/${DOMAIN}/sites`)).status).toBe(501);
    expect((await emu.call('GET', '/nothing/here')).status).toBe(404);
  });
});
