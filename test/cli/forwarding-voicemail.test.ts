/**
 * Issue 19 items 1–2 end to end: an org.yaml using every forwarding and voicemail field plans, applies and
 * converges on the NetSapiens emulator (real HTTP on 127.0.0.1, strict spec checks, no mock of our client);
 * the PINs (a canary from the environment and one from the credentials file) appear in no output, plan file,
 * file ringform writes, nor in what the provider read.
 */
import { chmod, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { startSmartfloEmulator } from '../../src/emulators/smartflo/index.js';
import { validate } from '../../src/cli/commands/validate.js';
import { ConfigError, EXIT } from '../../src/errors.js';
import { rejection } from '../helpers/rejection.js';
import { tmpDir } from '../helpers/tmp.js';

const PRIYA_PIN = '739164';
const KAVYA_PIN = '582046';
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
  delete process.env['NS_API_KEY'];
  delete process.env['PRIYA_VOICEMAIL_PIN'];
  delete process.env['SF_LOGIN'];
  delete process.env['SF_PASSWORD'];
});

const planOpts = { file: 'org.yaml', format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };
const applyOpts = { file: 'org.yaml', autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true };

async function setUp(): Promise<{ emu: NetsapiensEmulator; dir: string; yaml: string }> {
  const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true });
  stops.push(() => emu.close());
  const dir = await tmpDir();
  const example = await readFile(path.join(import.meta.dirname, '../../examples/netsapiens-forwarding/org.yaml'), 'utf8');
  const yaml = example.replace('http://127.0.0.1:18080/ns-api/v2', emu.url);
  await writeFile(path.join(dir, 'org.yaml'), yaml);
  await writeFile(path.join(dir, 'credentials.json'), JSON.stringify({ kavyaVoicemailPin: KAVYA_PIN }));
  await chmod(path.join(dir, 'credentials.json'), 0o600);
  process.env['NS_API_KEY'] = 'demo-key';
  process.env['PRIYA_VOICEMAIL_PIN'] = PRIYA_PIN;
  return { emu, dir, yaml };
}

/** Every file under `dir` ringform wrote (not the credentials file, which holds a PIN by design). */
async function writtenFiles(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name !== 'credentials.json').map((e) => path.join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

describe('forwarding and voicemail on the NetSapiens emulator', () => {
  it('plans, applies and converges; the vendor holds the answer rules, timeout and voicemail fields the spec names', async () => {
    const { emu, dir } = await setUp();
    const first = memoryIO({ cwd: dir });
    expect(await plan({ ...planOpts, out: 'plan.json' }, first)).toBe(EXIT.changes);
    expect(first.out()).toContain('forwarding');
    const applied = memoryIO({ cwd: dir });
    const code = await apply(applyOpts, applied);
    if (code !== EXIT.ok) console.log(applied.out(), applied.err());
    expect(code).toBe(EXIT.ok);
    expect(applied.out()).toContain('0 failed');

    const second = memoryIO({ cwd: dir });
    expect(await plan(planOpts, second)).toBe(EXIT.ok);
    expect(second.out()).toContain('No changes.');
    expect(emu.log.violations()).toEqual([]);

    const d = emu.state.requireDomain('example.com');
    const priya = d.users.get('1001')!;
    expect(priya['ring-no-answer-timeout-seconds']).toBe(25);
    expect(priya['voicemail-login-pin']).toBe(PRIYA_PIN);
    expect(priya['email-send-alert-new-voicemail-enabled']).toBe('yes');
    expect(priya['email-send-alert-new-voicemail-behavior']).toBe('attnew');
    const rules = d.answerrules.get('1001')!;
    expect(rules.map((r) => r['time-frame'])).toEqual(['lunch', '*']);
    expect(rules[0]!['forward-always']).toEqual({ enabled: 'yes', parameters: ['vmail_1001'] });
    expect(rules[1]!['forward-on-busy']).toEqual({ enabled: 'yes', parameters: ['vmail_1001'] });
    expect(rules[1]!['forward-no-answer']).toEqual({ enabled: 'yes', parameters: ['919876543210'] });
    expect(rules[1]!['forward-when-unregistered']).toEqual({ enabled: 'yes', parameters: ['919876543210'] });
    expect(d.users.get('1002')!['voicemail-enabled']).toBe('no');
    expect(d.answerrules.get('1002')![0]!['forward-always']).toEqual({ enabled: 'yes', parameters: ['919812345678'] });
    // Kavya: do-not-disturb (receiveCalls: never) and her busy forward share the default rule.
    const kavya = d.answerrules.get('1003')!;
    expect(kavya).toHaveLength(1);
    expect(kavya[0]!['do-not-disturb']).toEqual({ enabled: 'yes' });
    expect(kavya[0]!['forward-on-busy']).toEqual({ enabled: 'yes', parameters: ['vmail_1003'] });
    expect(d.users.get('1003')!['voicemail-login-pin']).toBe(KAVYA_PIN);
    expect(d.users.get('1003')!['email-send-alert-new-voicemail-behavior']).toBe('yes');
    // Rahul declares neither: nothing of his was written.
    expect(d.answerrules.get('1004') ?? []).toEqual([]);
    expect(d.users.get('1004')!['voicemail-enabled']).toBeUndefined();

    const shown = [first, applied, second].map((io) => io.out() + io.err()).join('\n') + (await writtenFiles(dir));
    for (const pin of [PRIYA_PIN, KAVYA_PIN]) {
      const at = shown.indexOf(pin);
      if (at >= 0) console.log('LEAK', shown.slice(Math.max(0, at - 600), at + 100));
      expect(shown).not.toContain(pin);
    }
  });

  it('unset is unmanaged, `{}` turns forwarding off, and a PIN that changes only in the environment plans nothing', async () => {
    const { emu, dir, yaml } = await setUp();
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const d = emu.state.requireDomain('example.com');
    // Changed in the portal: Rahul forwards everything; Arjun turns voicemail back on.
    d.answerrules.set('1004', [{ 'time-frame': '*', enabled: 'yes', 'forward-always': { enabled: 'yes', parameters: ['vmail_1004'] } }]);
    process.env['PRIYA_VOICEMAIL_PIN'] = '246810';
    const quiet = memoryIO({ cwd: dir });
    d.users.get('1002')!['voicemail-enabled'] = 'yes';
    expect(await plan(planOpts, quiet)).toBe(EXIT.changes);
    // Only Arjun's voicemail drifted from what org.yaml manages; Rahul's forwarding is unmanaged.
    expect(quiet.out()).toContain('user["arjun@example.com"]');
    // (Their pending invites are listed, issue 19 item 4; no action names them.)
    expect(quiet.out()).not.toMatch(/^\s*(?:[-+~]|-\/\+) .*rahul/m);
    expect(quiet.out()).not.toMatch(/^\s*(?:[-+~]|-\/\+) .*priya/m);
    expect(quiet.out()).toMatch(/^\s*~ user\["arjun@example.com"\]/m);

    // Arjun: forwarding {} turns his forward off.
    await writeFile(path.join(dir, 'org.yaml'), yaml.replace('      always: "+919812345678"\n', '').replace('    forwarding:\n    voicemail:\n      enabled: false', '    forwarding: {}\n    voicemail:\n      enabled: false'));
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    expect(d.answerrules.get('1002')![0]!['forward-always']).toEqual({ enabled: 'no' });
    expect(d.users.get('1002')!['voicemail-enabled']).toBe('no');
    const after = memoryIO({ cwd: dir });
    expect(await plan(planOpts, after)).toBe(EXIT.ok);
    expect(d.answerrules.get('1004')![0]!['forward-always']).toEqual({ enabled: 'yes', parameters: ['vmail_1004'] });
    expect(emu.log.violations()).toEqual([]);
  });
});

describe('voicemail declared without a PIN (review F10: the plan showed `voicemail.pin (sensitive) → null`)', () => {
  it('the PIN is unmanaged: the plan shows only what changes, apply keeps the PIN on the vendor, and the org converges', async () => {
    const { emu, dir, yaml } = await setUp();
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const priyaVoicemail = '    voicemail:\n      email: attach\n      pin: { env: PRIYA_VOICEMAIL_PIN }\n';
    expect(yaml).toContain(priyaVoicemail);
    await writeFile(path.join(dir, 'org.yaml'), yaml.replace(priyaVoicemail, '    voicemail:\n      email: notify\n'));
    const planned = memoryIO({ cwd: dir });
    expect(await plan(planOpts, planned)).toBe(EXIT.changes);
    expect(planned.out()).toMatch(/~ voicemail\.email: "attach" → "notify"/);
    expect(planned.out()).not.toContain('voicemail.pin');
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const priya = emu.state.requireDomain('example.com').users.get('1001')!;
    expect(priya['email-send-alert-new-voicemail-behavior']).toBe('yes');
    expect(priya['voicemail-login-pin']).toBe(PRIYA_PIN);
    expect(await plan(planOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    expect(emu.log.violations()).toEqual([]);
  });
});

describe('a replace of a user whose voicemail has a PIN (issue 19 review: the user was deleted and not re-created)', () => {
  it('is blocked at plan (RF446) unless org.yaml names the PIN source; with one, it applies and converges', async () => {
    const { emu, dir, yaml } = await setUp();
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const d = emu.state.requireDomain('example.com');
    const moved = yaml.replace('extension: "1001"', 'extension: "1011"');
    const withoutVoicemail = moved.replace('    voicemail:\n      email: attach\n      pin: { env: PRIYA_VOICEMAIL_PIN }\n', '');
    const withoutPin = moved.replace('      pin: { env: PRIYA_VOICEMAIL_PIN }\n', '');
    for (const text of [withoutVoicemail, withoutPin]) {
      expect(text).not.toBe(moved);
      await writeFile(path.join(dir, 'org.yaml'), text);
      const io = memoryIO({ cwd: dir });
      expect(await plan(planOpts, io)).toBe(EXIT.guard);
      expect(io.out() + io.err()).toContain('RF446');
      expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.guard);
      expect(d.users.has('1001')).toBe(true);
      expect(d.users.has('1011')).toBe(false);
    }
    await writeFile(path.join(dir, 'org.yaml'), moved);
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    expect(d.users.has('1001')).toBe(false);
    expect(d.users.get('1011')!['voicemail-login-pin']).toBe(PRIYA_PIN);
    expect(await plan(planOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
  });
});

describe('call hours move onto the schedule forwarding let go of (review F3: every apply failed)', () => {
  it('applies in one go and converges', async () => {
    const { emu, dir, yaml } = await setUp();
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const lunchForward = '      schedules:\n        - schedule: lunch          # while lunch is open, every call goes to voicemail\n          always: voicemail\n';
    expect(yaml).toContain(lunchForward);
    const moved = yaml.replace(lunchForward, '').replace('    extension: "1001"\n', '    extension: "1001"\n    receiveCalls: lunch\n');
    await writeFile(path.join(dir, 'org.yaml'), moved);
    const io = memoryIO({ cwd: dir });
    expect(await apply(applyOpts, io)).toBe(EXIT.ok);
    expect(await plan(planOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const lunch = emu.state.requireDomain('example.com').answerrules.get('1001')!.find((r) => r['time-frame'] === 'lunch')!;
    expect((lunch['forward-always'] as { enabled?: string } | undefined)?.enabled ?? 'no').not.toBe('yes');
  });
});

describe('call hours onto a schedule whose live forwarding is unmanaged (review F3, the unmanaged half: apply failed)', () => {
  it('plan blocks it (RF403) at receiveCalls with the fix, apply sends nothing; declaring forwarding, it applies and converges', async () => {
    const { emu, dir, yaml } = await setUp();
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const d = emu.state.requireDomain('example.com');
    // Changed in the portal: Rahul (no forwarding in org.yaml) forwards to voicemail at lunch.
    d.answerrules.set('1004', [
      { 'time-frame': 'lunch', enabled: 'yes', order: 0, 'forward-always': { enabled: 'yes', parameters: ['vmail_1004'] } },
      { 'time-frame': '*', enabled: 'yes', order: 1 },
    ]);
    const rahul = '    extension: "1004"\n';
    expect(yaml).toContain(rahul);
    const onLunch = yaml.replace(rahul, `${rahul}    receiveCalls: lunch\n`);
    await writeFile(path.join(dir, 'org.yaml'), onLunch);
    const line = onLunch.split('\n').findIndex((l) => l.includes('receiveCalls: lunch')) + 1;
    const planned = memoryIO({ cwd: dir });
    expect(await plan(planOpts, planned)).toBe(EXIT.guard);
    expect(planned.out()).toMatch(new RegExp(`Blocked: .*org\\.yaml:${line}:19 RF403 user\\["rahul@example\\.com"\\]: Rahul Verma would receive calls on schedule "lunch", but the user's live forwarding \\(left out of org\\.yaml, so unmanaged\\) forwards`));
    expect(planned.out() + planned.err()).toContain('fix: Declare forwarding for rahul@example.com without a schedules entry for "lunch"');
    const before = structuredClone(d.answerrules.get('1004'));
    const writes = () => emu.log.requests().filter((r) => r.method !== 'GET' && r.path.includes('/users/1004')).length;
    const writesBefore = writes();
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.guard);
    expect(writes()).toBe(writesBefore);
    expect(d.answerrules.get('1004')).toEqual(before);

    // The fix: manage forwarding (here: none); the forward goes first, then the hours.
    await writeFile(path.join(dir, 'org.yaml'), onLunch.replace(rahul, `${rahul}    forwarding: {}\n`));
    const applied = memoryIO({ cwd: dir });
    expect(await apply(applyOpts, applied)).toBe(EXIT.ok);
    expect(await plan(planOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const lunch = d.answerrules.get('1004')!.find((r) => r['time-frame'] === 'lunch')!;
    expect((lunch['forward-always'] as { enabled?: string } | undefined)?.enabled ?? 'no').not.toBe('yes');
    expect(emu.log.violations()).toEqual([]);
  });
});

describe('forwarding and voicemail on Smartflo, whose API has neither', () => {
  it('declared: validate refuses them (RF431, RF432) at their lines with the panel path, plan refuses, nothing is sent; left out: the org converges', async () => {
    const emu = await startSmartfloEmulator({ port: 0, strict: true });
    stops.push(() => emu.close());
    process.env['SF_LOGIN'] = emu.admin.loginId;
    process.env['SF_PASSWORD'] = emu.admin.password;
    const dir = await tmpDir();
    const head = `version: 1\nprovider:\n  type: smartflo\n  endpoint: ${emu.url}\n  credentials: { usernameEnv: SF_LOGIN, passwordEnv: SF_PASSWORD }\n  vendor:\n    smartflo: { caller_id: ["+912240001000"] }\n`;
    const asha = 'users:\n  - email: asha@example.com\n    name: Asha Rao\n    phone: "+919800000001"\n';
    const departments = 'departments:\n  - name: Sales\n    members: [asha@example.com]\n';
    await writeFile(path.join(dir, 'org.yaml'), `${head}${asha}    forwarding: { busy: voicemail }\n    voicemail: { email: attach }\n${departments}`);

    const validated = memoryIO({ cwd: dir });
    expect(await validate({ files: ['org.yaml'], format: 'text', noColor: true }, validated)).toBe(EXIT.error);
    const said = validated.out() + validated.err();
    expect(said).toMatch(/org\.yaml:12:17 {2}error RF431 {2}Asha Rao declares forwarding, which Smartflo's API cannot set or read/);
    expect(said).toContain('Users → the user → agent details → call forward number');
    expect(said).toMatch(/org\.yaml:13:16 {2}error RF432/);
    const refused = memoryIO({ cwd: dir });
    const refusal = await rejection(plan(planOpts, refused), ConfigError);
    expect(refusal.diagnostics.map((d) => d.code)).toEqual(['RF431', 'RF432']);
    expect(emu.log.requests().filter((r) => r.method !== 'GET' && !r.path.includes('auth'))).toEqual([]);

    // `forwarding: {}` asks nothing of the API, but cannot be checked either: refused too (RF444).
    await writeFile(path.join(dir, 'org.yaml'), `${head}${asha}    forwarding: {}\n${departments}`);
    const empty = memoryIO({ cwd: dir });
    expect(await validate({ files: ['org.yaml'], format: 'text', noColor: true }, empty)).toBe(EXIT.error);
    expect(empty.out() + empty.err()).toContain('RF444');

    await writeFile(path.join(dir, 'org.yaml'), `${head}${asha}${departments}`);
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const again = memoryIO({ cwd: dir });
    expect(await plan(planOpts, again)).toBe(EXIT.ok);
    expect(again.out()).toContain('No changes.');
    expect(emu.log.violations()).toEqual([]);
  });
});

describe('forwarding and voicemail on the sandbox, ringform\'s own reference vendor', () => {
  it('converges; the state file keeps only that a PIN is set; a missing PIN variable blocks the plan (RF445), naming it', async () => {
    const dir = await tmpDir();
    const yaml = (pinEnv: string) =>
      `version: 1\nprovider:\n  type: sandbox\nschedules:\n  - name: lunch\n    weekly: { mon: ['13:00-14:00'] }\n` +
      `users:\n  - email: priya@example.com\n    name: Priya\n    receiveCalls: never\n` +
      `    forwarding:\n      busy: voicemail\n      schedules: [{ schedule: lunch, always: "+919812345678" }]\n` +
      `    voicemail: { email: attach, pin: { env: ${pinEnv} } }\n`;
    await writeFile(path.join(dir, 'org.yaml'), yaml('PRIYA_VOICEMAIL_PIN'));
    process.env['PRIYA_VOICEMAIL_PIN'] = PRIYA_PIN;
    const applied = memoryIO({ cwd: dir });
    expect(await apply(applyOpts, applied)).toBe(EXIT.ok);
    const again = memoryIO({ cwd: dir });
    expect(await plan(planOpts, again)).toBe(EXIT.ok);
    const state = await readFile(path.join(dir, '.ringform/sandbox.json'), 'utf8');
    expect(JSON.parse(state).users[0].data.voicemail).toEqual({ enabled: true, email: 'attach', pin: { set: true } });
    expect(state + applied.out() + applied.err() + (await writtenFiles(dir))).not.toContain(PRIYA_PIN);

    // Voicemail declared without a PIN (review F10): the PIN is unmanaged; the plan does not show it going, and it stays.
    await writeFile(path.join(dir, 'org.yaml'), yaml('PRIYA_VOICEMAIL_PIN').replace('voicemail: { email: attach, pin: { env: PRIYA_VOICEMAIL_PIN } }', 'voicemail: { email: notify }'));
    const noPin = memoryIO({ cwd: dir });
    expect(await plan(planOpts, noPin)).toBe(EXIT.changes);
    expect(noPin.out()).toMatch(/~ voicemail\.email: "attach" → "notify"/);
    expect(noPin.out()).not.toContain('voicemail.pin');
    expect(await apply(applyOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);
    const kept = JSON.parse(await readFile(path.join(dir, '.ringform/sandbox.json'), 'utf8'));
    expect(kept.users[0].data.voicemail).toEqual({ enabled: true, email: 'notify', pin: { set: true } });
    expect(await plan(planOpts, memoryIO({ cwd: dir }))).toBe(EXIT.ok);

    // A new user whose PIN variable is not set here: the plan is blocked (RF445) at the voicemail line, apply sends nothing.
    await writeFile(path.join(dir, 'org.yaml'), `${yaml('PRIYA_VOICEMAIL_PIN')}  - email: arjun@example.com\n    name: Arjun\n    receiveCalls: never\n    voicemail: { pin: { env: ARJUN_VOICEMAIL_PIN } }\n`);
    const blocked = memoryIO({ cwd: dir });
    expect(await plan(planOpts, blocked)).toBe(EXIT.guard);
    expect(blocked.out()).toMatch(/org\.yaml:18:16 RF445 user\["arjun@example\.com"\]: the voicemail PIN comes from environment variable ARJUN_VOICEMAIL_PIN, which is not set here/);
    expect(blocked.out()).toContain('Export ARJUN_VOICEMAIL_PIN');
    const refused = memoryIO({ cwd: dir });
    expect(await apply(applyOpts, refused)).not.toBe(EXIT.ok);
    const after = JSON.parse(await readFile(path.join(dir, '.ringform/sandbox.json'), 'utf8')) as { users: unknown[] };
    expect(after.users).toHaveLength(1);
  });
});
