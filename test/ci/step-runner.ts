/**
 * Runs the shell steps of a GitHub Actions job as the runner would, for the recipe tests: each `run:` in
 * `bash --noprofile --norc -eo pipefail` (GitHub's `shell: bash`), `${{ … }}` from a given context, step
 * outputs through $GITHUB_OUTPUT, and the `if:` forms the recipes use (success() by default, always(),
 * failure(), `steps.X.outputs.Y == 'V'` / `!= ''`, joined by &&). `uses:` steps are not run (listed as
 * `action`). An expression it does not know fails the test: nothing is guessed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface WorkflowStep {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  shell?: string;
}
export interface WorkflowJob {
  env?: Record<string, string>;
  steps: WorkflowStep[];
}
export interface Workflow {
  env?: Record<string, string>;
  defaults?: { run?: { shell?: string } };
  jobs: Record<string, WorkflowJob>;
}

export interface StepResult {
  name: string;
  outcome: 'success' | 'failure' | 'skipped' | 'action';
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface JobRun {
  failed: boolean;
  steps: StepResult[];
  step(name: string | RegExp): StepResult;
}

export interface RunJobOptions {
  cwd: string;
  /** Environment of the runner (PATH with the fakes first, HOME, …). */
  env: NodeJS.ProcessEnv;
  /** Values for `${{ … }}`: `secrets.X`, `github.event.…`, `github.token`. */
  context: Record<string, string>;
}

export async function runJob(workflow: Workflow, jobName: string, opts: RunJobOptions): Promise<JobRun> {
  const job = workflow.jobs[jobName]!;
  const outputs: Record<string, Record<string, string>> = {};
  const results: StepResult[] = [];
  let failed = false;
  for (const [i, step] of job.steps.entries()) {
    const name = step.name ?? step.run?.split('\n')[0] ?? step.uses ?? `step ${i}`;
    const lookup = (expr: string) => evaluate(expr, opts.context, outputs, failed);
    if (!shouldRun(step.if, lookup, failed)) {
      results.push({ name, outcome: 'skipped', exitCode: null, stdout: '', stderr: '' });
      continue;
    }
    if (step.uses || step.run === undefined) {
      results.push({ name, outcome: 'action', exitCode: null, stdout: '', stderr: '' });
      continue;
    }
    const shell = step.shell ?? workflow.defaults?.run?.shell;
    if (shell !== 'bash') throw new Error(`${name}: runs under ${shell ?? "the default shell (sh, no pipefail)"}, not bash`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-step-'));
    const script = path.join(dir, 'script.sh');
    const outputFile = path.join(dir, 'output');
    writeFileSync(script, substitute(step.run, lookup));
    writeFileSync(outputFile, '');
    const env = { ...opts.env, ...envOf(workflow.env, lookup), ...envOf(job.env, lookup), ...envOf(step.env, lookup), GITHUB_OUTPUT: outputFile };
    // Asynchronously: the emulator serving the CLI runs in this process.
    const done = await bash(script, opts.cwd, env);
    const exitCode = done.status;
    if (step.id) outputs[step.id] = parseOutputs(readFileSync(outputFile, 'utf8'));
    results.push({ name, outcome: exitCode === 0 ? 'success' : 'failure', exitCode, stdout: done.stdout, stderr: done.stderr });
    if (exitCode !== 0) failed = true;
  }
  return {
    failed,
    steps: results,
    step: (n) => results.find((r) => (typeof n === 'string' ? r.name === n : n.test(r.name)))!,
  };
}

function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries(text.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

function envOf(env: Record<string, string> | undefined, lookup: (e: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, substitute(String(v), lookup)]));
}

function substitute(text: string, lookup: (e: string) => string): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => lookup(expr));
}

function evaluate(expr: string, context: Record<string, string>, outputs: Record<string, Record<string, string>>, failed: boolean): string {
  const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
  if (step) return outputs[step[1]!]?.[step[2]!] ?? '';
  if (expr === 'failure()') return String(failed);
  if (expr === 'success()') return String(!failed);
  if (expr === 'always()') return 'true';
  if (expr in context) return context[expr]!;
  throw new Error(`the step runner does not know \${{ ${expr} }}`);
}

function shouldRun(condition: string | undefined, lookup: (e: string) => string, failed: boolean): boolean {
  if (condition === undefined) return !failed;
  const terms = condition.split('&&').map((t) => t.trim());
  const statusChecked = terms.some((t) => /^(always|failure|success)\(\)$/.test(t));
  if (!statusChecked && failed) return false; // an implicit success() &&
  return terms.every((term) => {
    const cmp = /^(.+?)\s*(==|!=)\s*'(.*)'$/.exec(term);
    if (cmp) return (lookup(cmp[1]!.trim()) === cmp[3]) === (cmp[2] === '==');
    return lookup(term) === 'true';
  });
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, stdout, stderr }));
  });
}
