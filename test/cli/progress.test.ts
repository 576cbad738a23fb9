/**
 * The progress display, terminal and CI log, with a manual clock (no wall-clock waits): what is on screen
 * while an apply or a read runs and after it ends, and the periodic lines when stderr is not a terminal.
 */
import { describe, expect, it } from 'vitest';
import type { ApplyEvent } from '../../src/apply/engine.js';
import { apply } from '../../src/cli/commands/apply.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { EXIT } from '../../src/errors.js';
import { workspace } from './workspace.js';
import { applyProgress } from '../../src/cli/progress.js';
import { readingText, readProgress } from '../../src/shell/read-progress.js';
import { StatusLine } from '../../src/shell/status-line.js';
import type { Action } from '../../src/plan/types.js';
import { manualClock, screen } from '../helpers/terminal.js';

const action = (id: string, address: string, kind: Action['kind'] = 'create') => ({ id, address, kind }) as Action;
const A = action('1', 'user["asha@example.com"]');
const B = action('2', 'user["ben@example.com"]');
const C = action('3', 'department["Sales"]', 'manual');

function terminalIO(columns = 120) {
  let err = '';
  const io = memoryIO({ stderr: { write: (t) => void (err += t), isTTY: true, columns } });
  return { io, err: () => err };
}

function run(progress: { onEvent(e: ApplyEvent): void }, events: ApplyEvent[]) {
  for (const e of events) progress.onEvent(e);
}

describe('apply progress on a terminal', () => {
  it('shows [n/N] and what runs on one line, keeps failures and manual steps, and leaves only those', () => {
    const clock = manualClock();
    const { io, err } = terminalIO();
    const progress = applyProgress(io, 3, clock);
    run(progress, [{ type: 'started', action: A }]);
    expect(screen(err()).at(-1)).toBe('[0/3] · create user["asha@example.com"] · 0 s');
    clock.advance(1_000);
    run(progress, [{ type: 'started', action: B }]);
    clock.advance(2_000);
    expect(screen(err()).at(-1)).toBe('[0/3] · create user["asha@example.com"] (+1 running) · 3 s');
    run(progress, [
      { type: 'succeeded', action: A, durationMs: 5 },
      { type: 'failed', action: B, error: 'extension 101 is taken' },
      { type: 'manual', action: C },
    ]);
    clock.advance(1_000);
    expect(screen(err())).toEqual([
      '[2/3] ✗ create user["ben@example.com"] failed: extension 101 is taken',
      '[3/3] ! department["Sales"]: a manual step (the summary lists what to do)',
      '[3/3] · 1 failed, 1 manual · 4 s',
    ]);
    progress.end();
    expect(screen(err())).toEqual([
      '[2/3] ✗ create user["ben@example.com"] failed: extension 101 is taken',
      '[3/3] ! department["Sales"]: a manual step (the summary lists what to do)',
      '',
    ]);
    expect(clock.running()).toBe(0);
  });

  it('cuts the line to the terminal width, so it never wraps', () => {
    const clock = manualClock();
    const { io, err } = terminalIO(40);
    const progress = applyProgress(io, 200, clock);
    run(progress, [{ type: 'started', action: action('9', `user["${'a'.repeat(60)}@example.com"]`) }]);
    const line = screen(err()).at(-1)!;
    expect(line.length).toBe(39);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('apply progress when stderr is not a terminal (CI logs)', () => {
  it('writes no control codes; a compact line every 10 s; failures as they happen; nothing after the end', () => {
    const clock = manualClock();
    const io = memoryIO();
    const progress = applyProgress(io, 3, clock);
    run(progress, [{ type: 'started', action: A }]);
    clock.advance(9_999);
    expect(io.err()).toBe('');
    clock.advance(1);
    expect(io.err()).toBe('[0/3] · create user["asha@example.com"] · 10 s\n');
    run(progress, [{ type: 'failed', action: A, error: 'refused' }, { type: 'started', action: B }]);
    clock.advance(10_000);
    progress.end();
    clock.advance(60_000);
    expect(io.err()).toBe(
      [
        '[0/3] · create user["asha@example.com"] · 10 s',
        '[1/3] ✗ create user["asha@example.com"] failed: refused',
        '[1/3] · create user["ben@example.com"] · 1 failed · 20 s',
        '',
      ].join('\n'),
    );
    expect(io.err()).not.toMatch(/[\r\u001b]/);
  });
});

describe('read progress', () => {
  it('says what is being read and how far; finished kinds drop off', () => {
    expect(
      readingText(
        [
          { what: 'users', done: 2, total: null, unit: 'page' },
          { what: 'devices', done: 1, total: 1 },
          { what: 'timeframes', done: 0, total: 1 },
          { what: 'answer rules', done: 412, total: 1000 },
        ],
        12_400,
      ),
    ).toBe('Reading live state · users page 3 · timeframes · answer rules 412 of 1,000 · 12 s');
    expect(readingText([{ what: 'users', done: 3, total: 11, unit: 'page' }], 0)).toBe('Reading live state · users page 4 of 11 · 0 s');
    expect(readingText([{ what: 'users', done: 11, total: 11, unit: 'page' }], 61_000)).toBe('Reading live state · 1 min 01 s');
  });

  it('on a terminal: one line redrawn in place, erased at the end; a slow request still ticks', () => {
    const clock = manualClock();
    const { io, err } = terminalIO();
    const display = readProgress(io, false, clock);
    display.context.progress!({ what: 'users', done: 0, total: null, unit: 'page' });
    clock.advance(200);
    display.context.progress!({ what: 'users', done: 1, total: null, unit: 'page' });
    expect(screen(err())).toEqual(['Reading live state · users page 2 · 0 s']);
    clock.advance(5_000);
    expect(screen(err())).toEqual(['Reading live state · users page 2 · 5 s']);
    display.end();
    expect(screen(err())).toEqual(['']);
  });

  it('--verbose has the request log instead: no status line at all', () => {
    const clock = manualClock();
    const { io, err } = terminalIO();
    const display = readProgress(io, true, clock);
    display.context.progress?.({ what: 'users', done: 0, total: null, unit: 'page' });
    clock.advance(30_000);
    display.end();
    expect(err()).toBe('');
  });

  it('a status line that never had news starts no timer', () => {
    const clock = manualClock();
    const line = new StatusLine(memoryIO().stderr, () => 'x', clock);
    expect(clock.running()).toBe(0);
    line.end();
  });
});

describe('the commands', () => {
  const ORG = 'users:\n' + [1, 2, 3, 4, 5].map((i) => `  - email: u${i}@example.com\n    name: User ${i}\n    extension: "10${i}"\n`).join('');
  const applyOpts = { file: 'org.yaml', autoApprove: true, force: false, parallelism: 1, targets: [], resendInvites: false, noColor: true };

  it('plan on a terminal: the read is shown on stderr and gone before the plan; --format json keeps stdout pure JSON', async () => {
    const ws = await workspace(ORG);
    let err = '';
    const io = memoryIO({ cwd: ws.dir, stderr: { write: (t) => void (err += t), isTTY: true, columns: 100 } });
    expect(await plan({ file: 'org.yaml', format: 'json', detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true }, io)).toBe(EXIT.ok);
    expect(err).toContain('Reading live state · sandbox state');
    expect(screen(err).filter((l) => l.includes('Reading'))).toEqual([]);
    expect(JSON.parse(io.out())).toMatchObject({ actions: expect.any(Array) });
  });

  it('an apply stopped after its first action ends with "Apply interrupted: ..." as its last line, exit 5', async () => {
    const ws = await workspace(ORG);
    const controller = new AbortController();
    // The stop comes as the progress line first shows an action running: [0/15] (parallelism 1).
    const io = memoryIO({
      cwd: ws.dir,
      stderr: { write: (t) => void (t.includes('[0/') && controller.abort()), isTTY: true, columns: 200 },
    });
    const code = await apply({ ...applyOpts, signal: controller.signal }, io);
    expect(code).toBe(EXIT.partial);
    const lines = io.out().trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^Apply interrupted: 1 succeeded, 0 failed, 0 manual; 14 of 15 not started\. Run apply again to do the rest\.$/);
    expect(io.out()).not.toContain('Apply complete');
    // And running it again finishes the job.
    const again = memoryIO({ cwd: ws.dir });
    expect(await apply(applyOpts, again)).toBe(EXIT.ok);
    expect(again.out().trimEnd().split('\n').at(-1)).toBe('Apply complete: 14 succeeded, 0 failed, 0 skipped, 0 manual.');
    expect((await ws.readLive()).users).toHaveLength(5);
  });

  it('stopped before the question (Ctrl-C during the read): no question, nothing starts, "Apply interrupted"', async () => {
    const ws = await workspace(ORG);
    const controller = new AbortController();
    controller.abort();
    const asked: string[] = [];
    const io = memoryIO({ cwd: ws.dir, confirm: async (q) => (asked.push(q), true) });
    expect(await apply({ ...applyOpts, autoApprove: false, signal: controller.signal }, io)).toBe(EXIT.partial);
    expect(asked).toEqual([]);
    expect(io.out().trimEnd().split('\n').at(-1)).toBe('Apply interrupted: 0 succeeded, 0 failed, 0 manual; 15 of 15 not started. Run apply again to do the rest.');
    expect((await ws.readLive()).users).toHaveLength(0);
  });

  it('--json: the manifest event says interrupted', async () => {
    const ws = await workspace(ORG);
    const controller = new AbortController();
    controller.abort();
    const io = memoryIO({ cwd: ws.dir });
    expect(await apply({ ...applyOpts, json: true, signal: controller.signal }, io)).toBe(EXIT.partial);
    const manifest = JSON.parse(io.out().trim().split('\n').at(-1)!) as { type: string; interrupted?: boolean; counts: { skipped: number } };
    expect(manifest).toMatchObject({ type: 'manifest', interrupted: true, counts: { skipped: 15 } });
  });
});

describe('the terminal line keeps up', () => {
  it('news that came too soon after a draw is drawn by the next tick, not a second later', () => {
    const clock = manualClock();
    const { io, err } = terminalIO();
    const progress = applyProgress(io, 2, clock);
    progress.onEvent({ type: 'started', action: A });
    clock.advance(700);
    progress.onEvent({ type: 'succeeded', action: A, durationMs: 700 });
    clock.advance(10);
    progress.onEvent({ type: 'started', action: B });
    expect(screen(err()).at(-1)).toBe('[1/2] · 0 s');
    clock.advance(100);
    expect(screen(err()).at(-1)).toBe('[1/2] · create user["ben@example.com"] · 0 s');
    const writes = err().length;
    clock.advance(100);
    expect(err().length, 'nothing changed: nothing redrawn').toBe(writes);
    progress.end();
  });
});
