/**
 * examples/ci/gitlab/upsert.mjs run for real (node) against a fake GitLab REST API on 127.0.0.1: the
 * reviewed plan is found among more than 100 notes (page 2), its sha256 checked before it is written; the
 * MR note is updated in place; the drift issue is closed when in sync; the tag is moved.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { tmpDir } from '../helpers/tmp.js';
import { systemErrorCode } from '../helpers/rejection.js';

const HELPER = packagePath('examples/ci/gitlab/upsert.mjs');
const stops: Array<() => void> = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
});

interface Call { method: string; url: string; body: unknown }

async function fakeGitlab(notes: Array<{ id: number; body: string }>, artifact: Buffer) {
  const calls: Call[] = [];
  const issues = [{ iid: 3, description: 'old <!-- ringform-drift -->' }];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const url = new URL(req.url!, 'http://x');
    calls.push({ method: req.method!, url: url.pathname + url.search, body: text ? JSON.parse(text) : null });
    const send = (data: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    const p = url.pathname.replace('/api/v4/projects/42', '');
    const page = Number(url.searchParams.get('page') ?? 1);
    if (p === '/repository/commits/abc/merge_requests') return send([{ iid: 9 }]);
    if (p === '/merge_requests/9/notes' && req.method === 'GET') return send(notes.slice((page - 1) * 100, page * 100));
    if (p === '/jobs/777/artifacts/plan.json') return res.writeHead(200).end(artifact);
    if (p === '/issues' && req.method === 'GET') return send(page === 1 ? issues : []);
    if (req.method === 'DELETE') return res.writeHead(204).end();
    return send({});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stops.push(() => server.close());
  return { calls, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4` };
}

function helper(api: string, cwd: string, ...args: string[]): Promise<{ code: number; err: string }> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH, CI_API_V4_URL: api, CI_PROJECT_ID: '42', CI_COMMIT_SHA: 'abc', GITLAB_TOKEN: 't' };
    const child = spawn(process.execPath, [HELPER, ...args], { cwd, env });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, err }));
  });
}

describe('examples/ci/gitlab/upsert.mjs', () => {
  it('reviewed-plan: finds the newest plan-file line past the first 100 notes and checks the sha256', async () => {
    const plan = Buffer.from('{"format":"ringform-saved-plan"}\n');
    const sum = createHash('sha256').update(plan).digest('hex');
    const notes = Array.from({ length: 130 }, (_, i) => ({ id: i + 1, body: `chatter ${i}` }));
    notes[5]!.body = `<!-- ringform-plan -->\n<!-- ringform-plan-file job=111 sha256=${'0'.repeat(64)} -->`;
    notes[120]!.body = `<!-- ringform-plan-file job=777 sha256=${sum} -->`;
    const api = await fakeGitlab(notes, plan);
    const dir = await tmpDir();
    const ok = await helper(api.url, dir, 'reviewed-plan', 'plan.json');
    expect(ok).toMatchObject({ code: 0 });
    expect(await readFile(path.join(dir, 'plan.json'))).toEqual(plan);
    expect(api.calls.map((c) => c.url)).toContain('/api/v4/projects/42/merge_requests/9/notes?sort=asc&order_by=created_at&per_page=100&page=2');

    const tampered = await fakeGitlab(notes, Buffer.from('{"format":"ringform-saved-plan","evil":1}\n'));
    const dir2 = await tmpDir();
    const refused = await helper(tampered.url, dir2, 'reviewed-plan', 'plan.json');
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('nothing is applied');
    expect(await systemErrorCode(readFile(path.join(dir2, 'plan.json')))).toBe('ENOENT');
  });

  it('mr-note updates the marked note in place; close-issue closes the drift issue; tag moves the tag', async () => {
    const notes = Array.from({ length: 101 }, (_, i) => ({ id: i + 1, body: i === 100 ? 'x <!-- ringform-plan -->' : 'hi' }));
    const api = await fakeGitlab(notes, Buffer.from(''));
    const dir = await tmpDir();
    await writeFile(path.join(dir, 'plan.md'), 'new plan');
    expect((await helper(api.url, dir, 'mr-note', 'plan.md', '<!-- ringform-plan -->')).code).toBe(0);
    expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([{ method: 'PUT', url: '/api/v4/projects/42/merge_requests/9/notes/101', body: { body: 'new plan' } }]);
    api.calls.length = 0;
    expect((await helper(api.url, dir, 'close-issue', '<!-- ringform-drift -->')).code).toBe(0);
    expect(api.calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', '/api/v4/projects/42/issues/3/notes', { body: 'In sync again.' }],
      ['PUT', '/api/v4/projects/42/issues/3', { state_event: 'close' }],
    ]);
    api.calls.length = 0;
    expect((await helper(api.url, dir, 'tag', 'ringform-applied', 'abc')).code).toBe(0);
    expect(api.calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['DELETE', '/api/v4/projects/42/repository/tags/ringform-applied', null],
      ['POST', '/api/v4/projects/42/repository/tags', { tag_name: 'ringform-applied', ref: 'abc' }],
    ]);
  });
});
