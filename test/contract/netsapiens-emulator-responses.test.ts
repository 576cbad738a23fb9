/**
 * Contract: every 2xx body the NetSapiens emulator sends matches the response schema the vendor's
 * spec documents for that operation and status, and every error body is an `ErrorResponse`.
 */
import { describe, expect, it } from 'vitest';
import { netsapiensValidator } from '../../src/emulators/netsapiens/spec.js';
import { DOMAIN, alice, start, type Res } from '../emulators/netsapiens/helpers.js';

const spec = netsapiensValidator();

describe.skipIf('error' in spec)('NetSapiens emulator responses conform to the spec', () => {
  it('for a scenario touching every implemented resource', async () => {
    const emu = await start({ seed: { domains: { [DOMAIN]: { users: [alice({ department: 'Sales' })] } } } });
    const D = `/domains/${DOMAIN}`;
    const steps: [string, string, unknown?][] = [
      ['GET', `${D}/users`], ['GET', `${D}/users/count`], ['GET', `${D}/users/1001`],
      ['POST', `${D}/users`, { synchronous: 'yes', ...alice({ user: '1002', 'email-address': 'b@acme.example' }) }],
      ['PUT', `${D}/users/1002`, { 'name-first-name': 'B', 'name-last-name': 'B', 'email-address': 'b@acme.example', 'user-scope': 'Office Manager' }],
      ['POST', `${D}/users/1001/devices`, { synchronous: 'yes', device: '1001a' }], ['GET', `${D}/users/1001/devices`],
      ['GET', `${D}/users/1001/devices/1001a`], ['GET', `${D}/users/1001/devices/count`],
      ['POST', `${D}/callqueues`, { synchronous: 'yes', callqueue: '2000', domain: DOMAIN, 'callqueue-dispatch-type': 'Ring All' }],
      ['GET', `${D}/callqueues`], ['GET', `${D}/callqueues/2000`],
      // The user list once a queue exists: it holds the queue's backing system user, which has no email (D8).
      ['GET', `${D}/users`], ['GET', `${D}/users/2000`],
      ['POST', `${D}/callqueues/2000/agents`, { synchronous: 'yes', 'callqueue-agent-id': `1001@${DOMAIN}` }],
      ['GET', `${D}/callqueues/2000/agents`], ['GET', `${D}/callqueues/2000/agents/${encodeURIComponent(`1001@${DOMAIN}`)}`],
      ['GET', `${D}/agents`],
      ['POST', `${D}/timeframes`, { synchronous: 'yes', 'timeframe-name': 'Always', 'timeframe-type': 'always' }],
      ['GET', `${D}/timeframes`],
      ['POST', `${D}/users/1001/answerrules`, { synchronous: 'yes', 'time-frame': 'Always', enabled: 'yes' }],
      ['GET', `${D}/users/1001/answerrules`], ['GET', `${D}/users/1001/answerrules/Always`],
      ['POST', `${D}/users/1001/email`, { template: 'welcome_email.php', subject: 'Welcome' }],
      ['GET', `${D}/departments/list`], ['GET', `${D}/users/9999`], ['POST', `${D}/users`, alice()],
    ];
    const problems: string[] = [];
    for (const [method, path, body] of steps) {
      const res: Res = await emu.call(method, path, body);
      problems.push(...responseProblems(method, path, res));
    }
    expect(problems).toEqual([]);
    expect(emu.log.violations()).toEqual([]);
    // D8 is only the system user: every user without an address is a queue's backing user.
    const listed = (await emu.call('GET', `${D}/users`)).body as Array<Record<string, unknown>>;
    expect(listed.filter((u) => u.email === undefined).map((u) => [u.user, u['service-code']])).toEqual([['2000', 'system-queue']]);
  });
});

/** Deviations from the spec's responses that are deliberate (see SPEC-DEFECTS.md). */
const KNOWN = [
  /POST \/domains\/[^/]+\/users\/[^/]+\/answerrules → 200: status 200 is not documented/,
  // D8: a call queue's backing system user has no email, which the spec's User schema requires.
  /GET \/domains\/[^/]+\/users(\/2000)? → 200: response 200(\/\d+)? must have required property 'email'/,
];

function responseProblems(method: string, path: string, res: Res): string[] {
  if (!('validator' in spec)) return [];
  if (res.status >= 400) {
    const ok = typeof res.body?.code === 'number' && typeof res.body?.message === 'string' && res.body.code === res.status;
    return ok ? [] : [`${method} ${path} → ${res.status}: not an ErrorResponse: ${JSON.stringify(res.body)}`];
  }
  const result = spec.validator.validateResponse({ method, path }, res.status, res.body);
  return result.problems
    .map((p) => `${method} ${path} → ${res.status}: ${p.message}`)
    .filter((line) => !KNOWN.some((k) => k.test(line)));
}
