/**
 * Hostile files (issue 13, item 9): `plan --out` never writes through a symbolic link nor chmods its target;
 * sandbox state files are private (0600) and a relative path cannot climb out (`..`) to create one elsewhere;
 * a credentials file others can read is warned about.
 */
import { chmod, mkdir, readFile, readlink, stat, symlink, writeFile, lstat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { tmpDir } from '../helpers/tmp.js';

const SANDBOX_ORG = (endpoint: string, extra = '') =>
  `version: 1\nprovider:\n  type: sandbox\n  endpoint: ${endpoint}\n${extra}users:\n  - {email: asha@example.com, name: Asha Rao, extension: "101"}\n`;

const planOpts = { format: 'text' as const, detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true };
const applyOpts = { autoApprove: true, force: false, parallelism: 2, targets: [], resendInvites: false, noColor: true };

async function run(cwd: string, work: (io: ReturnType<typeof memoryIO>) => Promise<number>, env: NodeJS.ProcessEnv = {}) {
  const io = memoryIO({ cwd, env });
  const code = await work(io).catch((e: unknown) => triage(e, io));
  return { code, out: io.out(), err: io.err() };
}

const mode = async (file: string) => (await stat(file)).mode & 0o777;
const exists = (file: string) => lstat(file).then(() => true, () => false);

describe('plan --out and symbolic links', () => {
  it('refuses a link to an existing file: the target keeps its content and mode, the link stays', async () => {
    const dir = await tmpDir('ringform-out-link-');
    await writeFile(path.join(dir, 'org.yaml'), SANDBOX_ORG('state.json'));
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'precious\n');
    await chmod(victim, 0o644);
    await symlink(victim, path.join(dir, 'plan.json'));
    const r = await run(dir, (io) => plan({ file: 'org.yaml', out: 'plan.json', ...planOpts }, io));
    expect(r.code).toBe(1);
    expect(r.err).toContain('is a symbolic link');
    expect(r.err).toContain('choose another --out path');
    expect(await readFile(victim, 'utf8')).toBe('precious\n');
    expect(await mode(victim)).toBe(0o644);
    expect(await readlink(path.join(dir, 'plan.json'))).toBe(victim);
  });

  it('refuses a dangling link: nothing is created where it points', async () => {
    const dir = await tmpDir('ringform-out-dangling-');
    await writeFile(path.join(dir, 'org.yaml'), SANDBOX_ORG('state.json'));
    const target = path.join(dir, 'elsewhere', 'created.json');
    await mkdir(path.dirname(target));
    await symlink(target, path.join(dir, 'plan.json'));
    const r = await run(dir, (io) => plan({ file: 'org.yaml', out: 'plan.json', ...planOpts }, io));
    expect(r.code).toBe(1);
    expect(await exists(target)).toBe(false);
  });

  it('a plain existing file is replaced and made private', async () => {
    const dir = await tmpDir('ringform-out-plain-');
    await writeFile(path.join(dir, 'org.yaml'), SANDBOX_ORG('state.json'));
    await writeFile(path.join(dir, 'plan.json'), 'old and much longer than the new content would ever be'.repeat(200));
    await chmod(path.join(dir, 'plan.json'), 0o644);
    const r = await run(dir, (io) => plan({ file: 'org.yaml', out: 'plan.json', ...planOpts }, io));
    expect(r.code, r.err).toBe(0);
    expect(await mode(path.join(dir, 'plan.json'))).toBe(0o600);
    expect(JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8')).format).toBe('ringform-saved-plan');
  });
});

describe('sandbox state files', () => {
  it('are created 0600, from a seed too, and a 0644 one becomes 0600 when rewritten', async () => {
    const dir = await tmpDir('ringform-state-mode-');
    await writeFile(path.join(dir, 'org.yaml'), SANDBOX_ORG('.ringform/sandbox.json'));
    expect((await run(dir, (io) => plan({ file: 'org.yaml', ...planOpts }, io))).code).toBe(0);
    expect(await mode(path.join(dir, '.ringform/sandbox.json'))).toBe(0o600);

    await writeFile(path.join(dir, 'seed.json'), await readFile(path.join(dir, '.ringform/sandbox.json')));
    await chmod(path.join(dir, 'seed.json'), 0o644);
    await writeFile(path.join(dir, 'seeded.yaml'), SANDBOX_ORG('seeded/state.json', '  vendor: {sandbox: {seed: seed.json}}\n'));
    expect((await run(dir, (io) => plan({ file: 'seeded.yaml', ...planOpts }, io))).code).toBe(0);
    expect(await mode(path.join(dir, 'seeded/state.json'))).toBe(0o600);

    await chmod(path.join(dir, '.ringform/sandbox.json'), 0o644);
    const applied = await run(dir, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    expect(applied.code, applied.err).toBe(0);
    expect(await mode(path.join(dir, '.ringform/sandbox.json'))).toBe(0o600);
  });

  it.each([
    ['../../escaped/state.json', 'climbs out'],
    ['../outside.json', 'climbs out'],
    ['state.txt', 'must be a .json file'],
    ['.bashrc', 'must be a .json file'],
  ])('endpoint %s is refused (%s) and creates nothing', async (endpoint, why) => {
    const root = await tmpDir('ringform-state-escape-');
    const dir = path.join(root, 'a', 'b');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'org.yaml'), SANDBOX_ORG(endpoint));
    const r = await run(dir, (io) => plan({ file: 'org.yaml', ...planOpts }, io));
    expect(r.code).toBe(1);
    expect(r.err).toContain(why);
    expect(r.err).toContain('Fix:');
    expect(await exists(path.resolve(dir, endpoint))).toBe(false);
  });

  it('an existing state file above the folder (a fleet\'s shared ../state) is still used', async () => {
    const root = await tmpDir('ringform-state-shared-');
    await mkdir(path.join(root, 'orgs'));
    await writeFile(path.join(root, 'orgs', 'org.yaml'), SANDBOX_ORG('../state/org.json'));
    expect((await run(root, (io) => plan({ file: 'orgs/org.yaml', ...planOpts }, io))).code).toBe(0);
    const r = await run(path.join(root, 'orgs'), (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    expect(r.code, r.err).toBe(0);
    expect(await mode(path.join(root, 'state', 'org.json'))).toBe(0o600);
  });
});

describe('credentials file permissions', () => {
  let emu: NetsapiensEmulator;
  beforeAll(async () => {
    emu = await startNetsapiensEmulator({ port: 0, domain: 'example.com', tokens: ['file-key-1234'] });
  });
  afterAll(() => emu.close());

  it.each([
    [0o644, 'every user on this machine'],
    [0o640, 'its group'],
    [0o600, null],
  ])('mode %o: %s', async (fileMode, who) => {
    const dir = await tmpDir('ringform-creds-mode-');
    await writeFile(path.join(dir, 'creds.json'), JSON.stringify({ token: 'file-key-1234' }));
    await chmod(path.join(dir, 'creds.json'), fileMode);
    await writeFile(
      path.join(dir, 'org.yaml'),
      `version: 1\nprovider: {type: netsapiens, endpoint: "${emu.url}", domain: example.com, credentials: {file: creds.json}}\nusers: []\n`,
    );
    const r = await run(dir, (io) => plan({ file: 'org.yaml', ...planOpts }, io));
    expect(r.code, r.err).toBe(0);
    if (who === null) expect(r.err).not.toContain('Warning');
    else {
      expect(r.err).toContain(`Warning: the credentials file creds.json (provider.credentials.file) can be read by ${who}`);
      expect(r.err).toContain(`chmod 600 ${path.join(dir, 'creds.json')}`);
    }
  });
});
