/**
 * Inert text (issue 13, Build 3): hostile names from the vendor (a NetSapiens emulator seed) and from org.yaml
 * are rendered by the real commands, then fed to a real terminal emulator (@xterm/headless). Every line the
 * command printed must be on the emulated screen exactly as printed (so nothing was erased, moved, concealed
 * or overwritten), every action line and the summary must be there, and the hostile text must be visibly
 * escaped. Markdown output must carry no live mention, raw HTML, raw control character or lone CR.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import xterm from '@xterm/headless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan } from '../../src/cli/commands/plan.js';
import { validate } from '../../src/cli/commands/validate.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { hasUnsafeText } from '../../src/inert.js';
import { fenced, htmlText, mdCode, mdText } from '../../src/render/md.js';
import { VendorError } from '../../src/providers/http/errors.js';
import { tmpDir } from '../helpers/tmp.js';
import { ALL_HOSTILE, HOSTILE, stripSgr } from '../helpers/hostile.js';

const DOMAIN = 'example.com';
const TOKEN = 'hostile-text-key';
const ENV = { RF_HOSTILE_KEY: TOKEN, FORCE_COLOR: '1' };

/** What a terminal shows after printing `text`: one string per screen row, trailing blank rows dropped. */
async function screen(text: string): Promise<string[]> {
  const rows = text.split('\n').length + 2;
  const term = new xterm.Terminal({ cols: 1000, rows, scrollback: 10_000, convertEol: true, allowProposedApi: true });
  await new Promise<void>((resolve) => term.write(text, resolve));
  const buf = term.buffer.active;
  const out: string[] = [];
  for (let i = 0; i < buf.length; i++) out.push(buf.getLine(i)!.translateToString(true));
  term.dispose();
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return out;
}

/** Every printed line is on the screen, in order, exactly as printed (our colours aside). */
async function expectAllVisible(printed: string): Promise<string[]> {
  const text = stripSgr(printed).replace(/\n+$/, '');
  const expected = text === '' ? [] : text.split('\n');
  const shown = await screen(printed);
  expect(shown, 'the terminal shows exactly the lines printed').toEqual(expected);
  // Nothing unsafe reached the terminal but our own colour codes.
  expect(hasUnsafeText(stripSgr(printed).replace(/[\n\t]/g, ''))).toBe(false);
  return shown;
}

let emu: NetsapiensEmulator;
beforeAll(async () => {
  const hostileUsers = HOSTILE.map(([, text], i) => ({
    user: String(200 + i),
    'email-address': `h${i}@example.com`,
    'name-first-name': text,
    'name-last-name': `Last${i}`,
    'user-scope': 'Basic User',
  }));
  emu = await startNetsapiensEmulator({
    port: 0,
    domain: DOMAIN,
    tokens: [TOKEN],
    seed: {
      domains: {
        [DOMAIN]: {
          users: [
            { user: '101', 'email-address': 'asha@example.com', 'name-first-name': ALL_HOSTILE, 'name-last-name': 'Rao', 'user-scope': 'Office Manager' },
            ...hostileUsers,
          ],
        },
      },
    },
  });
  Object.assign(process.env, ENV);
});
afterAll(async () => {
  for (const k of Object.keys(ENV)) delete process.env[k];
  await emu.close();
});

const planOpts = { detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: false, verbose: false };

async function run(dir: string, work: (io: ReturnType<typeof memoryIO>) => Promise<number>) {
  const io = memoryIO({ cwd: dir, env: { ...process.env, ...ENV } });
  let code: number;
  try {
    code = await work(io);
  } catch (error) {
    code = await triage(error, io);
  }
  return { code, out: io.out(), err: io.err() };
}

const orgYaml = (users: string) =>
  `version: 1\nprovider: {type: netsapiens, endpoint: "${emu.url}", domain: ${DOMAIN}, credentials: {tokenEnv: RF_HOSTILE_KEY}}\n` +
  `settings: {prune: {users: true}}\nusers:\n${users}`;

describe('hostile names from the vendor', () => {
  it(`${HOSTILE.length} hostile vendor names: every action line and the summary stay visible on a real terminal`, async () => {
    const dir = await tmpDir('ringform-hostile-vendor-');
    await writeFile(path.join(dir, 'org.yaml'), orgYaml('  - {email: asha@example.com, name: Asha Rao, extension: "101", role: admin}\n'));
    const r = await run(dir, (io) => plan({ file: 'org.yaml', format: 'text', ...planOpts, force: true }, io));
    expect(r.code, r.err).toBe(0);
    const shown = await expectAllVisible(r.out);
    // One delete (or cancelled invite) per hostile user, the update of asha's name, and the summary: on screen.
    for (let i = 0; i < HOSTILE.length; i++) {
      expect(shown, `delete of h${i}`).toContain(`  - user["h${i}@example.com"]`);
      expect(shown, `cancelled invite of h${i}`).toContain(`  x user["h${i}@example.com"]`);
    }
    expect(shown).toContain('  ~ user["asha@example.com"]');
    expect(shown).toContain(`Plan: 0 to create, 1 to update, 0 to replace, ${HOSTILE.length} to delete, ${HOSTILE.length} invites cancelled.`);
    // The hostile text is there, visibly escaped.
    const all = shown.join('\n');
    for (const visible of ['\\u001b[2K\\r', '\\u001b[8m', '\\x9b2K', '\\u202e', '\\u200b', '\\u2028', '\\ud800', '\\u{e0041}', '\\u0000', '\\x7f']) {
      expect(all).toContain(visible);
    }
    await expectAllVisible(r.err);
  });

  it('Markdown: no live mention, raw HTML, control character or lone CR; one table row per action', async () => {
    const dir = await tmpDir('ringform-hostile-md-');
    await writeFile(path.join(dir, 'org.yaml'), orgYaml('  - {email: asha@example.com, name: Asha Rao, extension: "101", role: admin}\n'));
    const r = await run(dir, (io) => plan({ file: 'org.yaml', format: 'markdown', ...planOpts, force: true }, io));
    expect(r.code, r.err).toBe(0);
    const md = r.out;
    expect(hasUnsafeText(md.replace(/\n/g, ''))).toBe(false);
    // Mentions and HTML count outside code (GitHub leaves code blocks, code spans and <code> as they are).
    const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/<code>.*?<\/code>/g, '').replace(/(`+).*?\1/g, '');
    expect(prose).not.toMatch(/(?<![A-Za-z0-9_])@(?!&#8203;)[A-Za-z0-9]/);
    expect(prose).not.toMatch(/<(img|script)/i);
    expect(md).not.toContain('\r');
    const rows = md.split('\n').filter((l) => /^\| (delete|cancel invite) \| `user\["h\d+@example\.com"\]` \|/.test(l));
    expect(rows).toHaveLength(2 * HOSTILE.length);
    // A table row keeps its four cells: escaped pipes never split it.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
  });
});

describe('hostile names from org.yaml', () => {
  it('plan or its refusal: every line printed stays visible', async () => {
    const dir = await tmpDir('ringform-hostile-org-');
    const users = HOSTILE.map(([, text], i) => `  - {email: h${i}@example.com, name: ${JSON.stringify(text)}, extension: "${200 + i}"}\n`).join('');
    await writeFile(path.join(dir, 'org.yaml'), orgYaml(`  - {email: asha@example.com, name: Asha Rao, extension: "101", role: admin}\n${users}`));
    const r = await run(dir, (io) => plan({ file: 'org.yaml', format: 'text', ...planOpts }, io));
    await expectAllVisible(r.out);
    const errShown = await expectAllVisible(r.err);
    if (r.code === 1) {
      // Refused at validate (names with controls are invalid): each diagnostic head is on screen.
      expect(errShown.filter((l) => /org\.yaml:\d+:\d+ {2}error RF\d+/.test(l)).length).toBeGreaterThan(0);
      expect(errShown.at(-1)).toMatch(/^Error: /);
    } else {
      const shown = await screen(r.out);
      for (let i = 0; i < HOSTILE.length; i++) expect(shown, `update of h${i}`).toContain(`  ~ user["h${i}@example.com"]`);
      expect(shown.filter((l) => l.startsWith('Plan: '))).toHaveLength(1);
    }
  });

  it('validate: hostile text in comments, keys and values beside an error: every diagnostic, frame and the summary visible', async () => {
    const dir = await tmpDir('ringform-hostile-validate-');
    const lines = HOSTILE.flatMap(([, text], i) => [
      `  # ${text.replace(/[\n\r]/g, ' ')}`,
      `  - {email: bad${i}, name: ${JSON.stringify(text)}, extension: "${200 + i}"}`,
    ]);
    await writeFile(path.join(dir, 'org.yaml'), `version: 1\nprovider: {type: sandbox}\nusers:\n${lines.join('\n')}\n`);
    const r = await run(dir, (io) => validate({ files: ['org.yaml'], format: 'text', noColor: false }, io));
    expect(r.code).toBe(1);
    const shown = await expectAllVisible(r.out);
    const heads = shown.filter((l) => /org\.yaml:\d+:\d+ {2}error RF\d+/.test(l));
    expect(heads.length).toBeGreaterThanOrEqual(HOSTILE.length);
    expect(shown.at(-1)).toMatch(/org\.yaml: \d+ errors?/);
  });
});

describe('the Markdown sanitiser (render/md.ts)', () => {
  it.each(HOSTILE)('%s: inert, no live mention, no HTML, one line', (_, text) => {
    for (const out of [mdText(text), mdCode(text), mdCode(text, true), htmlText(text)]) {
      expect(hasUnsafeText(out)).toBe(false);
      expect(out).not.toMatch(/[\r\n]/);
    }
    // Outside a code span, no raw HTML.
    for (const out of [mdText(text), htmlText(text)]) expect(out).not.toMatch(/[<>]/);
    expect(mdText(text)).not.toMatch(/(?<![A-Za-z0-9_])@(?!&#8203;)/);
    expect(mdText(text)).not.toMatch(/(?<!\\)[|`]/);
    const block = fenced('diff', `# ${text}\n+ x`);
    expect(hasUnsafeText(block.replace(/\n/g, ''))).toBe(false);
    // Line breaks in a fenced block stay line breaks (the renderer escapes values itself); nothing else does.
    expect(block.split('\n')).toHaveLength(4 + (text.match(/\n/g)?.length ?? 0));
  });
});

describe('vendor error text', () => {
  it.each(HOSTILE)('%s: the error message is one inert line', (_, text) => {
    const e = new VendorError({ vendor: 'netsapiens', method: 'POST', path: '/users', status: 400, vendorMessage: text }, 'failed');
    expect(hasUnsafeText(e.message)).toBe(false);
    expect(e.message).not.toContain('\n');
  });
});
