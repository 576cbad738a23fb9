/**
 * The GitHub recipes' shell steps, run as the runner would (step-runner.ts) with the real CLI against the
 * NetSapiens emulator and fake `gh` / `git push` / `npx` on PATH (fakes/): a pull request's plan is saved
 * and commented with its checksum; the merge job applies exactly that file. Exit 0 moves the
 * `ringform-applied` tag; exits 4 (stale: a fresh plan is posted instead), 5 (partly applied) and 6
 * (locked) fail the job and leave the tag where it was.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/apply/lock.js';
import { orgLockKey } from '../../src/apply/org-lock.js';
import { loadOrgOrThrow } from '../../src/config/load.js';
import { DEFAULT_FAULTS } from '../../src/emulators/faults.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { packagePath } from '../../src/paths.js';
import { tmpDir } from '../helpers/tmp.js';
import { runJob, type Workflow } from './step-runner.js';

const REPO = packagePath('.');
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
/** The recipes pin credentials to a placeholder vendor origin; a deployer writes theirs, the tests the emulator's. */
const PLACEHOLDER_ORIGIN = 'https://api.netsapiens.example.com';
let pinnedOrigin = PLACEHOLDER_ORIGIN;
const workflow = (name: string) =>
  parse(readFileSync(path.join(REPO, 'examples/ci/github', name), 'utf8').replaceAll(PLACEHOLDER_ORIGIN, pinnedOrigin)) as Workflow;

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

interface Repo {
  dir: string;
  state: string;
  emu: NetsapiensEmulator;
  env: NodeJS.ProcessEnv;
  git(...args: string[]): string;
  commit(message: string): string;
  calls(): string[];
  comments(): string[];
  writes(): number;
}

async function repository(): Promise<Repo> {
  const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true });
  stops.push(() => emu.close());
  const root = await tmpDir('ringform-recipe-');
  const dir = path.join(root, 'repo');
  const state = path.join(root, 'fake');
  mkdirSync(dir);
  mkdirSync(state);
  const example = readFileSync(path.join(REPO, 'examples/netsapiens/org.yaml'), 'utf8');
  pinnedOrigin = new URL(emu.url).origin;
  writeFileSync(path.join(dir, 'org.yaml'), example.replace('http://127.0.0.1:18080/ns-api/v2', emu.url).replace('tokenEnv: NS_API_KEY', 'tokenEnv: NETSAPIENS_API_KEY'));
  const env: NodeJS.ProcessEnv = {
    PATH: `${path.join(REPO, 'test/ci/fakes')}:${process.env.PATH}`,
    HOME: root,
    FAKE_STATE: state,
    REAL_GIT,
    RINGFORM_NODE: process.execPath,
    RINGFORM_TSX: path.join(REPO, 'node_modules/tsx/dist/loader.mjs'),
    RINGFORM_MAIN: path.join(REPO, 'src/cli/main.ts'),
    RINGFORM_LOCK_DIR: path.join(root, 'locks'),
    GITHUB_REPOSITORY: 'acme/phones',
    GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com',
  };
  const git = (...args: string[]) => execFileSync(REAL_GIT, args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  const repo: Repo = {
    dir, state, emu, env, git,
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    calls: () => (existsSync(path.join(state, 'calls.log')) ? readFileSync(path.join(state, 'calls.log'), 'utf8').trim().split('\n') : []),
    comments: () => readdirSync(path.join(state, 'comments')).sort((a, b) => parseInt(a) - parseInt(b)).map((f) => readFileSync(path.join(state, 'comments', f), 'utf8')),
    writes: () => emu.log.requests().filter((r) => r.method !== 'GET').length,
  };
  return repo;
}

const context = (extra: Record<string, string> = {}) => ({
  'secrets.NETSAPIENS_API_KEY': 'demo-key',
  'github.token': 'fake-token',
  'github.event.pull_request.number': '7',
  'github.event.inputs.pr': '',
  ...extra,
});

/** The PR job: plan, save, comment; then what actions/upload-artifact does: keep plan.json under its name. */
async function pullRequest(repo: Repo, headSha: string) {
  const run = await runJob(workflow('ringform-plan.yml'), 'plan', {
    cwd: repo.dir,
    env: { ...repo.env, GITHUB_RUN_ID: '100', GITHUB_SHA: headSha },
    context: context({ 'github.event.pull_request.head.sha': headSha }),
  });
  if (run.failed) throw new Error(run.steps.map((s) => `${s.name}: ${s.outcome} ${s.exitCode}\n${s.stderr}`).join('\n'));
  const artifact = path.join(repo.state, 'artifacts', '100', `ringform-plan-${headSha}`);
  mkdirSync(artifact, { recursive: true });
  cpSync(path.join(repo.dir, 'plan.json'), path.join(artifact, 'plan.json'));
  writeFileSync(path.join(repo.state, 'pr-number'), '7\n');
  return run;
}

function merge(repo: Repo, sha: string) {
  return runJob(workflow('ringform-apply.yml'), 'apply', {
    cwd: repo.dir,
    env: { ...repo.env, GITHUB_RUN_ID: '200', GITHUB_RUN_ATTEMPT: '1', GITHUB_SHA: sha },
    context: context({ 'steps.reviewed.outputs.pr': '7' }),
  });
}

/** A repository whose last apply was tagged, then a pull request changing org.yaml, planned and commented. */
async function reviewed() {
  const repo = await repository();
  const base = repo.commit('before');
  repo.git('tag', 'ringform-applied', base);
  writeFileSync(path.join(repo.dir, 'org.yaml'), readFileSync(path.join(repo.dir, 'org.yaml'), 'utf8') + '# reviewed change\n');
  const head = repo.commit('the change');
  const pr = await pullRequest(repo, head);
  return { repo, base, head, pr };
}

const sha = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;

describe('GitHub recipes, run with fake gh and the real CLI against the emulator', { timeout: 300_000 }, () => {
  it('exit 0: the PR job comments the plan with its checksum; the merge job applies that file and moves the tag', async () => {
    const { repo, base, head, pr } = await reviewed();
    expect(pr.failed).toBe(false);
    expect(pr.step('Plan').exitCode).toBe(0);
    const [comment] = repo.comments();
    expect(comment).toMatch(/^<!-- ringform-plan -->\n### ringform plan: netsapiens/);
    expect(comment).toContain(`<!-- ringform-plan-file run=100 artifact=ringform-plan-${head} sha256=${sha(path.join(repo.dir, 'plan.json'))} -->`);
    expect(repo.writes()).toBe(0);
    expect(base).not.toBe(head);

    const applied = await merge(repo, head);
    expect(applied.steps.map((s) => [s.name, s.outcome])).toContainEqual(['Mark this commit as applied', 'success']);
    expect(applied.failed).toBe(false);
    expect(applied.step('Apply exactly the reviewed plan').stdout).toContain('"type":"manifest"');
    expect(repo.git('rev-parse', 'ringform-applied')).toBe(head);
    expect(repo.calls()).toContain('git push -f origin refs/tags/ringform-applied');
    expect(repo.writes()).toBeGreaterThan(10);

    // A second push of the same pull request: the reviewed plan was applied, so it is stale now (exit 4).
    const again = await merge(repo, head);
    expect(again.step('Apply exactly the reviewed plan').exitCode).toBe(4);
  });

  it('exit 4: main moved on after review; nothing is applied, a fresh plan is posted, the tag stays', async () => {
    const { repo, base } = await reviewed();
    writeFileSync(path.join(repo.dir, 'org.yaml'), readFileSync(path.join(repo.dir, 'org.yaml'), 'utf8').replace('Priya', 'Priyanka'));
    const merged = repo.commit('another change merged first');
    const run = await merge(repo, merged);
    expect(run.failed).toBe(true);
    expect(run.step('Apply exactly the reviewed plan')).toMatchObject({ outcome: 'failure', exitCode: 4 });
    expect(run.step(/^Stale plan/).outcome).toBe('success');
    expect(run.step('Mark this commit as applied').outcome).toBe('skipped');
    expect(repo.git('rev-parse', 'ringform-applied')).toBe(base);
    expect(repo.calls().some((c) => c.startsWith('git push'))).toBe(false);
    expect(repo.writes()).toBe(0);
    const fresh = repo.comments().at(-1)!;
    expect(repo.comments()).toHaveLength(2);
    expect(fresh).toContain('Priyanka');
    expect(fresh).toMatch(/<!-- ringform-plan-file run=200 artifact=ringform-plan-fresh-200-1 sha256=[0-9a-f]{64} -->/);
  });

  it('exit 5: some actions fail; the job fails and the tag stays', async () => {
    const { repo, base, head } = await reviewed();
    repo.emu.faults({ ...DEFAULT_FAULTS, rate: 1, kinds: ['500'], methods: ['POST'] });
    const run = await merge(repo, head);
    expect(run.failed).toBe(true);
    expect(run.step('Apply exactly the reviewed plan')).toMatchObject({ outcome: 'failure', exitCode: 5 });
    expect(run.step(/^Stale plan/).outcome).toBe('skipped');
    expect(run.step('Mark this commit as applied').outcome).toBe('skipped');
    expect(repo.git('rev-parse', 'ringform-applied')).toBe(base);
    expect(repo.calls().some((c) => c.startsWith('git push'))).toBe(false);
  });

  it('exit 6: another apply of the organisation holds the lock; the job fails before any request, the tag stays', async () => {
    const { repo, base, head } = await reviewed();
    const { org } = await loadOrgOrThrow(path.join(repo.dir, 'org.yaml'));
    const release = await acquireLock(repo.env.RINGFORM_LOCK_DIR!, orgLockKey(org.provider));
    const before = repo.emu.log.requests().length;
    const run = await merge(repo, head);
    await release();
    expect(run.failed).toBe(true);
    expect(run.step('Apply exactly the reviewed plan')).toMatchObject({ outcome: 'failure', exitCode: 6 });
    expect(run.step('Mark this commit as applied').outcome).toBe('skipped');
    expect(repo.emu.log.requests().length).toBe(before);
    expect(repo.git('rev-parse', 'ringform-applied')).toBe(base);
  });

  it('a tampered plan file (checksum differs from the comment) is never applied', async () => {
    const { repo, base, head } = await reviewed();
    const file = path.join(repo.state, 'artifacts', '100', `ringform-plan-${head}`, 'plan.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"createdAt"', '"createdAt" '));
    const run = await merge(repo, head);
    expect(run.step('Fetch the reviewed plan').outcome).toBe('failure');
    expect(run.step('Apply exactly the reviewed plan').outcome).toBe('skipped');
    expect(repo.writes()).toBe(0);
    expect(repo.git('rev-parse', 'ringform-applied')).toBe(base);
  });

  it('drift: opens an issue on drift (failing the run), closes it when back in sync, trusts the tag as baseline', async () => {
    const { repo, head } = await reviewed();
    expect((await merge(repo, head)).failed).toBe(false);
    const drift = () => runJob(workflow('ringform-drift.yml'), 'drift', { cwd: repo.dir, env: repo.env, context: context() });
    const inSync = await drift();
    expect(inSync.failed).toBe(false);
    expect(repo.calls().filter((c) => c.startsWith('gh issue create'))).toEqual([]);

    writeFileSync(path.join(repo.dir, 'org.yaml'), readFileSync(path.join(repo.dir, 'org.yaml'), 'utf8').replace('Priya', 'Priyanka'));
    repo.commit('merged, not applied yet');
    const drifted = await drift();
    expect(drifted.step('Drift').exitCode).toBe(0);
    expect(drifted.step('Fail the run on drift').outcome).toBe('failure');
    const issue = readFileSync(path.join(repo.state, 'issues', '1.md'), 'utf8');
    expect(issue).toContain('<!-- ringform-drift -->');
    expect(issue).toMatch(/not yet applied|unapplied/i);

    writeFileSync(path.join(repo.dir, 'org.yaml'), readFileSync(path.join(repo.dir, 'org.yaml'), 'utf8').replace('Priyanka', 'Priya'));
    repo.commit('reverted');
    const back = await drift();
    expect(back.failed).toBe(false);
    expect(repo.calls()).toContain("gh issue close 1 --comment In sync again.");
  });
});
