/**
 * The Kubernetes examples (examples/k8s) against the Kubernetes API schemas: `kubernetes-models` ships the
 * OpenAPI definitions compiled to validators (ajv), so a wrong field type, a missing required field or a
 * bad enum fails here, as `kubectl apply --dry-run=server` would. Plus what the schema cannot say: the
 * Job is Indexed and its completions equal the shard count each pod passes to --shard.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { cliSurface, invocations } from '../ci/cli-surface.js';

const K8S = packagePath('examples/k8s');
const manifest = async (file: string) => parse(await readFile(path.join(K8S, file), 'utf8'));

interface JobSpec {
  completionMode: string;
  completions: number;
  template: { spec: { containers: Array<{ command: string[]; args: string[] }> } };
}

async function expectShardedByIndex(spec: JobSpec, command: string): Promise<void> {
  expect(spec.completionMode).toBe('Indexed');
  const [container] = spec.template.spec.containers;
  expect(container!.command).toEqual(['sh', '-c']);
  const line = container!.args.join(' ');
  const expected = `exec npx ringform ${command} orgs ${command === 'apply' ? '--auto-approve ' : ''}--shard "$JOB_COMPLETION_INDEX/${spec.completions}" `;
  expect(line.startsWith(expected), line).toBe(true);
  const surface = await cliSurface();
  for (const { command: c, flags } of invocations(line)) for (const flag of flags) expect(surface.get(c)!.has(flag), `${c} ${flag}`).toBe(true);
}

describe('examples/k8s', () => {
  it('the nightly drift CronJob is a valid batch/v1 CronJob running an Indexed Job over the shards', async () => {
    const data = await manifest('ringform-drift-cronjob.yaml');
    expect(() => new CronJob(data).validate()).not.toThrow();
    await expectShardedByIndex(data.spec.jobTemplate.spec, 'drift');
    expect(data.spec.concurrencyPolicy).toBe('Forbid');
  });

  it('the fleet apply is a valid batch/v1 Indexed Job that never retries a pod', async () => {
    const data = await manifest('ringform-apply-job.yaml');
    expect(() => new Job(data).validate()).not.toThrow();
    await expectShardedByIndex(data.spec, 'apply');
    expect(data.spec.backoffLimit).toBe(0);
  });

  it('the validator does catch mistakes (so the checks above mean something)', async () => {
    const data = await manifest('ringform-drift-cronjob.yaml');
    const broken = structuredClone(data);
    broken.spec.jobTemplate.spec.completions = 'four';
    expect(() => new CronJob(broken).validate()).toThrow(/completions/);
    const missing = structuredClone(data);
    delete missing.spec.jobTemplate.spec.template.spec.containers[0].name;
    expect(() => new CronJob(missing).validate()).toThrow(/name/);
    const noSchedule = structuredClone(data);
    delete noSchedule.spec.schedule;
    expect(() => new CronJob(noSchedule).validate()).toThrow(/schedule/);
  });
});
