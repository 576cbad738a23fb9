/**
 * Issue 13 item 1 through the commands: a NetSapiens domain whose 6 users arrive without an email (the
 * attack: 6 deletes + 6 creates, exit 0) makes `plan` and `apply --auto-approve --force` exit 1 with the
 * named error, print no plan, and send no write.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { EXIT } from '../../src/errors.js';
import { NETSAPIENS_DOMAIN } from '../conformance/netsapiens.harness.js';
import { tmpDir } from '../helpers/tmp.js';

const TOKEN_ENV = 'RINGFORM_CLI_IDENTITY_TOKEN';
let emu: NetsapiensEmulator | null = null;
afterEach(async () => {
  await emu?.close();
  delete process.env[TOKEN_ENV];
});

async function run(command: () => Promise<number>, io: ReturnType<typeof memoryIO>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    return triage(error, io);
  }
}

it('users without email: plan and apply exit 1 naming the user, print no plan, write nothing', async () => {
  const users = Array.from({ length: 6 }, (_, i) => ({ user: String(1001 + i), 'name-first-name': 'Person', 'name-last-name': String(i + 1), 'user-scope': 'Call Center Agent' }));
  emu = await startNetsapiensEmulator({ port: 0, domain: NETSAPIENS_DOMAIN, seed: { domains: { [NETSAPIENS_DOMAIN]: { users } } } });
  process.env[TOKEN_ENV] = emu.token;
  const dir = await tmpDir('ringform-cli-identity-');
  const declared = users.map((u, i) => `  - {email: person${i + 1}@example.com, name: Person ${i + 1}, extension: "${u.user}", role: agent}\n`).join('');
  await writeFile(
    path.join(dir, 'org.yaml'),
    `version: 1\nprovider: {type: netsapiens, endpoint: "${emu.url}", domain: ${NETSAPIENS_DOMAIN}, credentials: {tokenEnv: ${TOKEN_ENV}}}\nsettings: {prune: {users: true}, guards: {maxDeletePercent: 100}}\nusers:\n${declared}`,
  );
  for (const command of ['plan', 'apply'] as const) {
    const io = memoryIO({ cwd: dir });
    const code = await run(
      () =>
        command === 'plan'
          ? plan({ file: 'org.yaml', format: 'text', detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true }, io)
          : apply({ file: 'org.yaml', autoApprove: true, force: true, parallelism: 4, targets: [], resendInvites: false, noColor: true }, io),
      io,
    );
    expect(code, io.err()).toBe(EXIT.error);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/\[netsapiens\] GET \/domains\/example\.com\/users: user "1001" has no email address/);
  }
  expect(emu.log.requests().filter((r) => r.method !== 'GET')).toEqual([]);
  expect(emu.state.requireDomain(NETSAPIENS_DOMAIN).users.size).toBe(6);
});
