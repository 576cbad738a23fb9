import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emulateNetsapiens } from '../../../src/emulators/netsapiens/cli.js';
import { send } from './helpers.js';

describe('emulateNetsapiens (CLI entry)', () => {
  it('starts from a seed file with faults, and prints its URL and API key', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ns-seed-'));
    const seedFile = path.join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ domains: { 'seeded.example': { users: [{ user: '100', department: 'Ops' }], callqueues: [{ callqueue: '200' }], agents: { '200': [{ 'callqueue-agent-id': '100@seeded.example' }] } } } }));
    let out = '';
    const emu = await emulateNetsapiens({ port: 0, seedFile, faults: 'schedule=ok,503' }, { stdout: { write: (s) => void (out += s) } });
    try {
      const url = /listening on (\S+)/.exec(out)![1]!;
      const key = /API key \(Bearer\): (\S+)/.exec(out)![1]!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ns-api\/v2$/);
      const agents = await send(url, 'GET', '/domains/seeded.example/callqueues/200/agents', undefined, key);
      expect(agents.body).toHaveLength(1);
      expect((await send(url, 'GET', '/domains/seeded.example/departments/list', undefined, key)).status).toBe(503);
    } finally {
      await emu.close();
    }
  });
});
