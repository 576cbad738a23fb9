/**
 * Web-login and agent details at validate time (issue 19 item 3): a vendor without them refuses a declared one
 * (RF461–RF463) at the field's line, a default value asks nothing and passes, a short Smartflo login id is
 * RF460, and `reportsOf` names declared users (RF464).
 */
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { dedent, writeTmp } from './tmp.js';

async function codes(provider: string, users: string) {
  const text = `version: 1\nprovider:\n${provider}${dedent(users)}`;
  const result = await loadOrg(await writeTmp('org.yaml', text));
  // Only this work's codes (a Squaretalk endpoint has its own rule, RF229).
  return result.diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('RF46')).map((d) => `${d.code}@${d.line}:${d.column}`);
}

const USERS = `
  users:
    - email: a@example.com
      name: A
      extension: "101"
      phone: "+919800000001"
      loginBasedCalling: false
      reportsOf: all
    - email: b@example.com
      name: B
      extension: "102"
      phone: "+919800000002"
      callerIds: ["+912240001000"]
      allowedIps: [203.0.113.7]
`;

describe('web-login details at validate time', () => {
  it('MyOperator and Squaretalk refuse a declared detail at its line (callerIds, the first B declares otherwise than its default); the explicit defaults of A pass', async () => {
    expect(await codes('  type: myoperator\n  endpoint: https://developers.myoperator.co\n', USERS)).toEqual(['RF462@16:16']);
    expect(await codes('  type: squaretalk\n  endpoint: export.csv\n', USERS)).toEqual(['RF463@16:16']);
  });

  it('Smartflo takes them all; the sandbox too; a login id under 6 characters is RF460; reportsOf must name declared users (RF464)', async () => {
    const smartflo = '  type: smartflo\n';
    expect(await codes(smartflo, USERS)).toEqual([]);
    expect(await codes('  type: sandbox\n', USERS)).toEqual([]);
    const bad = `
      users:
        - { email: a@example.com, name: A, phone: "+919800000001", loginId: a.b, reportsOf: [nobody@example.com] }
    `;
    expect(await codes(smartflo, bad)).toEqual(['RF460@5:71', 'RF464@5:88']);
  });
});

describe('login ids are one per user (RF465; review F5: Smartflo answered 422 at apply)', () => {
  it('refuses a login id used twice, or equal to the email another user signs in with, at the repeat', async () => {
    const users = `
      users:
        - { email: a@example.com, name: A, phone: "+919800000001", loginId: sharedlogin }
        - { email: b@example.com, name: B, phone: "+919800000002", loginId: SharedLogin }
        - { email: c@example.com, name: C, phone: "+919800000003" }
        - { email: d@example.com, name: D, phone: "+919800000004", loginId: c@example.com }
        - { email: e@example.com, name: E, phone: "+919800000005", loginId: e.login }
    `;
    expect(await codes('  type: smartflo\n', users)).toEqual(['RF465@6:71', 'RF465@8:71']);
  });
});

describe('allowed IPs are real addresses (RF480; the schema only had a loose character pattern)', () => {
  const withIps = (ips: string[]) => `
      users:
        - email: a@example.com
          name: A
          phone: "+919800000001"
          allowedIps:
${ips.map((ip) => `            - "${ip}"`).join('\n')}
    `;
  const found = async (ips: string[]) => {
    const result = await loadOrg(await writeTmp('org.yaml', `version: 1\nprovider:\n  type: smartflo\n${dedent(withIps(ips))}`));
    return result.diagnostics.filter((d) => d.severity === 'error');
  };

  it('accepts IPv4 and IPv6 addresses, with a prefix length within 0-32 or 0-128', async () => {
    expect(await found(['203.0.113.7', '203.0.113.0/24', '0.0.0.0/0', '10.0.0.1/32', '2001:db8::7', '2001:db8::/32', '::1/128', '::ffff:203.0.113.7'])).toEqual([]);
  });

  it('refuses each bad entry at its own line, saying what is wrong, with the fix', async () => {
    const bad = ['999.1.1.1', '1.2.3', '203.0.113.7/33', '2001:db8::/129', '2001:db8:::1', 'fe80::1%eth0', '010.0.0.1', '10.0.0.0/', '10.0.0.0/8/8', '::/01', 'abc'];
    const diagnostics = await found(['203.0.113.7', ...bad]);
    expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual(bad.map((_, k) => `RF480@${10 + k}:9`));
    expect(diagnostics.map((d) => d.message)).toEqual([
      'allowed IP "999.1.1.1" of A: "999.1.1.1" is not an IPv4 or IPv6 address',
      'allowed IP "1.2.3" of A: "1.2.3" is not an IPv4 or IPv6 address',
      'allowed IP "203.0.113.7/33" of A: /33 is not a prefix length for IPv4 (0 to 32)',
      'allowed IP "2001:db8::/129" of A: /129 is not a prefix length for IPv6 (0 to 128)',
      'allowed IP "2001:db8:::1" of A: "2001:db8:::1" is not an IPv4 or IPv6 address',
      'allowed IP "fe80::1%eth0" of A: "fe80::1%eth0" is not an IPv4 or IPv6 address',
      'allowed IP "010.0.0.1" of A: "010.0.0.1" is not an IPv4 or IPv6 address',
      'allowed IP "10.0.0.0/" of A: / is not a prefix length for IPv4 (0 to 32)',
      'allowed IP "10.0.0.0/8/8" of A: has more than one /',
      'allowed IP "::/01" of A: /01 is not a prefix length for IPv6 (0 to 128)',
      'allowed IP "abc" of A: "abc" is not an IPv4 or IPv6 address',
    ]);
    for (const d of diagnostics) expect(d.hint).toContain('0 to 32 for IPv4, 0 to 128 for IPv6');
  });
});

describe('agent groups listed in org.yaml are checked at validate (RF466; review: 422 "The selected agent group … is invalid" at apply)', () => {
  it('refuses a group outside provider.vendor.smartflo.agentGroups at the user\'s agentGroups; without the list nothing is refused offline', async () => {
    const users = `
      users:
        - { email: a@example.com, name: A, phone: "+919800000001", agentGroups: [Inbound] }
        - { email: b@example.com, name: B, phone: "+919800000002", agentGroups: [inbound, Nightshift] }
    `;
    expect(await codes('  type: smartflo\n  vendor:\n    smartflo:\n      agentGroups: [Inbound, Outbound]\n', users)).toEqual(['RF466@9:75']);
    expect(await codes('  type: smartflo\n', users)).toEqual([]);
  });
});

describe('provider.vendor.smartflo lists are lists of names (RF468, review c4: a string was read as no list, and nothing was checked)', () => {
  const users = `
      users:
        - { email: a@example.com, name: A, phone: "+919800000001", agentGroups: [Nightshift] }
    `;
  const all = async (provider: string) => {
    const result = await loadOrg(await writeTmp('org.yaml', `version: 1\nprovider:\n${provider}${dedent(users)}`));
    return result.diagnostics.filter((d) => d.severity === 'error');
  };

  it('refuses agentGroups written as one string at its line, with the list to write', async () => {
    const found = await all('  type: smartflo\n  vendor:\n    smartflo:\n      agentGroups: "Inbound, Outbound"\n');
    expect(found.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual(['RF468@6:20']);
    expect(found[0]!.message).toContain('the text "Inbound, Outbound", not a list of names');
    expect(found[0]!.hint).toBe('Write it as a list: agentGroups: [Inbound, Outbound].');
  });

  it('refuses timeGroups that are not a list, and a list entry that is not a name, each at its position', async () => {
    const found = await all('  type: smartflo\n  vendor:\n    smartflo:\n      agentGroups: [Nightshift, 7]\n      timeGroups: 3\n');
    expect(found.map((d) => `${d.code}@${d.line}`)).toEqual(['RF468@6', 'RF468@7']);
    expect(found[0]!.message).toContain('entry 2 of provider.vendor.smartflo.agentGroups is 7');
    expect(found[1]!.message).toContain('provider.vendor.smartflo.timeGroups is a number');
  });

  it('accepts lists of names', async () => {
    expect(await all('  type: smartflo\n  vendor:\n    smartflo:\n      agentGroups: [Nightshift]\n      timeGroups: [Office hours]\n')).toEqual([]);
  });

  // Review: `agentGroups:` with no value (YAML null) was refused as "a null, not a list of names". Unset means
  // unmanaged: null reads as the key left out.
  it('reads a key with no value (null) as left out: no diagnostic, and no agent group refused; [] is a list (none)', async () => {
    const text = '  type: smartflo\n  vendor:\n    smartflo:\n      agentGroups:\n      timeGroups: ~\n';
    const result = await loadOrg(await writeTmp('org.yaml', `version: 1\nprovider:\n${text}${dedent(users)}`));
    expect(result.diagnostics.filter((d) => d.code.startsWith('RF46'))).toEqual([]);
    expect(await all(text)).toEqual([]);
    const none = await all('  type: smartflo\n  vendor:\n    smartflo:\n      agentGroups: []\n');
    expect(none.map((d) => d.code)).toEqual(['RF466']);
  });
});

describe('RF466 for the older users[].vendor.smartflo.agent_group points at the agent_group line (review c5)', () => {
  it('not at vendor: or smartflo:', async () => {
    const text = `version: 1
provider:
  type: smartflo
  vendor:
    smartflo:
      agentGroups: [Inbound]
users:
  - email: a@example.com
    name: A
    phone: "+919800000001"
    vendor:
      smartflo:
        agent_group: [Nightshift]
`;
    const result = await loadOrg(await writeTmp('org.yaml', text));
    expect(result.diagnostics.filter((d) => d.code === 'RF466').map((d) => `${d.code}@${d.line}`)).toEqual(['RF466@13']);
  });
});
