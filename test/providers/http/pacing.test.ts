/**
 * Pacing (issue 15, item 5) against a real emulator on 127.0.0.1, with our real HttpClient: a 429 pauses
 * the whole client until Retry-After (slot held, jitter, then one request per turn: no herd); a GET is
 * retried on 500 and a write is not. No test waits for real time: the client's clock and sleep are a
 * virtual clock whose sleeps the test releases, so order and counts are asserted, never speed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import { HttpClient } from '../../../src/providers/http/client.js';
import { VendorError } from '../../../src/providers/http/errors.js';
import { Pacer } from '../../../src/providers/http/limiter.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

/**
 * A clock that moves only when a sleep ends: time jumps to that sleep's end. Sleeps are held until the test
 * releases them; after `releaseAll()` every sleep, held or new, ends at once.
 */
class VirtualClock {
  time = 0;
  private auto = false;
  readonly held: Array<{ from: number; until: number; release: () => void }> = [];
  now = () => this.time;
  releaseAll(): void {
    this.auto = true;
    for (const h of this.held.splice(0)) h.release();
  }
  sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const until = this.time + ms;
      if (this.auto) {
        this.time = Math.max(this.time, until);
        setImmediate(resolve);
        return;
      }
      this.held.push({
        from: this.time,
        until,
        release: () => {
          this.time = Math.max(this.time, until);
          resolve();
        },
      });
    });
}

async function emulator(faults?: string): Promise<NetsapiensEmulator> {
  const emu = await startNetsapiensEmulator({ port: 0, tokens: ['pacing-test-key'], ...(faults ? { faults } : {}) });
  cleanup.push(() => emu.close());
  return emu;
}

function clientOn(emu: NetsapiensEmulator, extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) {
  const client = new HttpClient({
    vendor: 'netsapiens',
    baseUrl: emu.url,
    auth: { headers: async () => ({ authorization: 'Bearer pacing-test-key' }) },
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    random: () => 0.5,
    ...extra,
  });
  cleanup.push(() => client.close());
  return client;
}

const page = (start: number) => ({ method: 'GET' as const, path: '/domains/example.com/users', query: { start, limit: 1 } });
const starts = (emu: NetsapiensEmulator) => emu.log.requests().map((r) => `${r.query.start}:${r.status}`);

describe('a 429 pauses the whole client', () => {
  it('requests started during the pause wait for Retry-After; then they go one per turn, the paused request first', async () => {
    // The first request is refused with Retry-After: 1; every later one is served.
    const emu = await emulator(`schedule=429+${Array(20).fill('ok').join('+')},retry-after=1`);
    const clock = new VirtualClock();
    const client = clientOn(emu, { sleep: clock.sleep, now: clock.now, limits: { ratePerSecond: 10, concurrency: 8 } });

    const first = client.request(page(0));
    // The refused request now waits for the pause: 1 s plus jitter (random 0.5 of a tenth: 50 ms).
    await expect.poll(() => clock.held.length).toBe(1);
    expect(clock.held[0]!.until - clock.held[0]!.from).toBe(1050);

    const others = [1, 2, 3].map((i) => client.request(page(i)));
    await expect.poll(() => clock.held.length).toBe(4);
    // Nothing reached the vendor during the pause: only the refused request.
    expect(starts(emu)).toEqual(['0:429']);
    // Each waits until after the pause, one turn (100 ms at 10/s) after the other: no herd.
    const wakes = clock.held.map((h) => h.until);
    expect(wakes).toEqual([1050, 1150, 1250, 1350]);

    // Release the sleeps in the order they end; each request reaches the vendor before the next is let go.
    for (const [i, held] of [...clock.held].sort((a, b) => a.until - b.until).entries()) {
      held.release();
      await expect.poll(() => emu.log.requests().length).toBe(i + 2);
    }
    await Promise.all([first, ...others]);
    expect(starts(emu)).toEqual(['0:429', '0:200', '1:200', '2:200', '3:200']);
  });

  it('the request holds its slot through the pause: with one slot, the next request does not even queue for a turn', async () => {
    const emu = await emulator('schedule=429+ok+ok+ok,retry-after=2');
    const clock = new VirtualClock();
    const client = clientOn(emu, { sleep: clock.sleep, now: clock.now, limits: { concurrency: 1 } });
    const first = client.request(page(0));
    await expect.poll(() => clock.held.length).toBe(1);
    const second = client.request(page(1));
    // The second waits for the slot, not for a turn: no second sleep, nothing sent.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.held).toHaveLength(1);
    expect(starts(emu)).toEqual(['0:429']);
    clock.releaseAll();
    await first;
    await second;
    expect(starts(emu)).toEqual(['0:429', '0:200', '1:200']);
  });

  it('with no rate set, requests resuming after a pause are still spaced apart', async () => {
    const emu = await emulator(`schedule=429+${Array(20).fill('ok').join('+')},retry-after=1`);
    const clock = new VirtualClock();
    const client = clientOn(emu, { sleep: clock.sleep, now: clock.now });
    const first = client.request(page(0));
    await expect.poll(() => clock.held.length).toBe(1);
    const others = [1, 2, 3].map((i) => client.request(page(i)));
    await expect.poll(() => clock.held.length).toBe(4);
    const wakes = clock.held.map((h) => h.until);
    expect(new Set(wakes).size).toBe(4);
    expect(Math.min(...wakes)).toBe(1050);
    clock.releaseAll();
    await Promise.all([first, ...others]);
    expect(emu.log.requests().filter((r) => r.status === 200)).toHaveLength(4);
  });

  it('one pacer shared by two clients (a provider and its token client) pauses both', async () => {
    const emu = await emulator(`schedule=429+${Array(10).fill('ok').join('+')},retry-after=1`);
    const clock = new VirtualClock();
    const pacer = new Pacer(0, { sleep: clock.sleep, now: clock.now, random: () => 0.5 });
    const a = clientOn(emu, { sleep: clock.sleep, now: clock.now, pacer });
    const b = clientOn(emu, { sleep: clock.sleep, now: clock.now, pacer });
    const first = a.request(page(0));
    await expect.poll(() => clock.held.length).toBe(1);
    const other = b.request(page(1));
    await expect.poll(() => clock.held.length).toBe(2);
    expect(starts(emu)).toEqual(['0:429']);
    clock.releaseAll();
    await Promise.all([first, other]);
    expect(emu.log.requests()).toHaveLength(3);
  });
});

describe('what is retried on 500', () => {
  it('a GET is retried on 500 (a read changes nothing) and succeeds', async () => {
    const emu = await emulator('schedule=500+ok');
    const client = clientOn(emu);
    const res = await client.request<unknown[]>(page(0));
    expect(res.status).toBe(200);
    expect(starts(emu)).toEqual(['0:500', '0:200']);
  });

  it('a GET that keeps failing with 500 stops after the retry budget', async () => {
    const emu = await emulator('schedule=500');
    const client = clientOn(emu, { retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    await expect(client.request(page(0))).rejects.toBeInstanceOf(VendorError);
    expect(emu.log.requests()).toHaveLength(3);
  });

  it('a POST and a PUT are not retried on 500: the vendor may have acted', async () => {
    const emu = await emulator('schedule=500+ok');
    const client = clientOn(emu);
    const user = { user: '150', 'name-first-name': 'Pat', 'name-last-name': 'Lee', 'user-scope': 'Basic User', 'email-address': 'pat@example.com' };
    await expect(client.request({ method: 'POST', path: '/domains/example.com/users', json: user })).rejects.toBeInstanceOf(VendorError);
    expect(emu.log.requests().map((r) => `${r.method}:${r.status}`)).toEqual(['POST:500']);
    expect(emu.state.requireDomain('example.com').users.size).toBe(0);
    emu.log.clear();
    emu.faults('schedule=500+ok');
    await expect(client.request({ method: 'PUT', path: '/domains/example.com/users/150', json: { 'name-first-name': 'Pam' } })).rejects.toBeInstanceOf(VendorError);
    expect(emu.log.requests().map((r) => `${r.method}:${r.status}`)).toEqual(['PUT:500']);
  });
});
