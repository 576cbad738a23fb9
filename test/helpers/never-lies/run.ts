/**
 * "The plan never lies" (issue 16 item 6), one case: a random live org is applied to the vendor (through
 * org.yaml, the config loader, the real provider and the apply engine), the vendor's state is made untidy,
 * the live org is imported and planned (no changes), then a random desired org is planned and applied. Each
 * round holds the invariant: if the plan has no blocking diagnostic (test/helpers/blocking.ts), apply has no
 * failure (a "surprise") and the next plan is empty: nothing but the manual steps the first plan already
 * listed (a person has not done them), and actions that waited for them.
 */
import { parse as parseYaml, stringify } from 'yaml';
import path from 'node:path';
import { applyPlan, type Manifest } from '../../../src/apply/engine.js';
import { loadOrgText } from '../../../src/config/load.js';
import { renderImport } from '../../../src/import/index.js';
import type { Org } from '../../../src/model/org.js';
import { computePlan } from '../../../src/plan/compute.js';
import { CHECKLIST_REASON } from '../../../src/plan/unverified.js';
import type { Action, Plan } from '../../../src/plan/types.js';
import { createProvider } from '../../../src/providers/registry.js';
import { blockingReasons, configBlocked } from '../blocking.js';
import { writtenBody, type GenOrg } from './generate.js';
import type { NeverLiesVendor, Target, Untidy } from './vendors.js';

export interface Case {
  live: GenOrg;
  desired: GenOrg;
  untidy: Untidy;
}

export interface Tally {
  cases: number;
  rounds: number;
  /** Rounds whose org.yaml did not validate (never planned). */
  invalid: number;
  /** Rounds whose plan was blocked (nothing applied). */
  blocked: number;
  applied: number;
  actions: number;
  imports: number;
  /** Rounds planned again after a person did the manual steps actions waited on (Target.doSteps). */
  afterSteps: number;
  surprises: number;
}

export const emptyTally = (): Tally => ({ cases: 0, rounds: 0, invalid: 0, blocked: 0, applied: 0, actions: 0, imports: 0, afterSteps: 0, surprises: 0 });

/** A broken promise: the plan was clean, and apply failed or did not converge. */
export class Surprise extends Error {}

type Outcome = 'invalid' | 'blocked' | 'applied';

function withEnv(env: Record<string, string>): () => void {
  for (const [k, v] of Object.entries(env)) process.env[k] = v;
  return () => {
    for (const k of Object.keys(env)) delete process.env[k];
  };
}

function planFor(org: Org, provider: Awaited<ReturnType<typeof createProvider>>, live: Awaited<ReturnType<typeof provider.read>>): Plan {
  return computePlan({ desired: org, live, capabilities: provider.capabilities, options: { resendInvites: false, targets: [] }, provider: { type: provider.type, target: provider.target } });
}

const line = (a: Action) => `${a.kind}${a.kind === 'manual' ? `(${a.intent})` : ''} ${a.address}${'changes' in a && a.changes ? ` ${JSON.stringify(a.changes.map((c) => [c.field, c.before, c.after]))}` : ''}`;

const numberedLine = (a: Action) => `${a.id}. ${line(a)}${a.dependsOn.length > 0 ? ` (after ${a.dependsOn.join(', ')})` : ''}`;

/** Failed actions, and skipped ones that were not waiting for a person's manual step. */
export function surprisesOf(m: Manifest): string[] {
  return m.results
    .filter((r) => r.status === 'failed' || (r.status === 'skipped' && !/waits for manual step/.test(r.message ?? '')))
    .map((r) => `${r.status} ${r.kind} ${r.address}: ${r.message}`);
}

/**
 * One round: org.yaml text → validate → plan → (unless blocked) apply → plan again. Throws a Surprise naming
 * the round when the promise is broken.
 */
export async function round(vendor: NeverLiesVendor, target: Target, text: string, label: string, tally: Tally, afterSteps = false): Promise<Outcome> {
  tally.rounds++;
  const file = path.join(target.dir, 'org.yaml');
  const loaded = loadOrgText(file, text);
  if (!loaded.ok) {
    if (configBlocked(loaded.diagnostics).length === 0) throw new Error('load failed without an error diagnostic');
    tally.invalid++;
    return 'invalid';
  }
  const provider = await createProvider(loaded.org.provider, { cwd: target.dir });
  try {
    const live = await provider.read();
    const plan = planFor(loaded.org, provider, live);
    if (blockingReasons(plan).length > 0) {
      tally.blocked++;
      return 'blocked';
    }
    const manifest = await applyPlan(plan, provider, { live, parallelism: 4 });
    tally.applied++;
    tally.actions += plan.actions.length;
    const failed = surprisesOf(manifest);
    const waiting = manifest.results.filter((r) => r.status === 'waiting');
    if (afterSteps && waiting.length > 0) {
      tally.surprises++;
      throw new Surprise(`${vendor.type} ${label}: the person did the manual steps, yet apply still waits:\n  ${waiting.map((r) => `${r.kind} ${r.address}: ${r.message}`).join('\n  ')}\norg.yaml:\n${text}`);
    }
    if (failed.length > 0) {
      tally.surprises++;
      throw new Surprise(`${vendor.type} ${label}: the plan was not blocked, yet apply failed:\n  ${failed.join('\n  ')}\nplan:\n  ${plan.actions.map(line).join('\n  ')}\norg.yaml:\n${text}`);
    }
    await target.person?.(plan);
    const next = planFor(loaded.org, provider, await provider.read());
    const left = leftOver(plan, manifest, next, target.person !== undefined);
    const untriggered = untriggeredWarnings(next, text);
    if (untriggered.length > 0) {
      tally.surprises++;
      throw new Surprise(`${vendor.type} ${label}: the next plan warns about a field org.yaml does not declare:\n  ${untriggered.join('\n  ')}\norg.yaml:\n${text}`);
    }
    if (left.length > 0) {
      tally.surprises++;
      throw new Surprise(`${vendor.type} ${label}: apply succeeded, yet the next plan is not empty:\n  ${left.map(line).join('\n  ')}\nnext plan:\n  ${next.actions.map(numberedLine).join('\n  ')}\nfirst plan:\n  ${plan.actions.map(line).join('\n  ')}\norg.yaml:\n${text}`);
    }
    // A second plan is needed only because a person has not done the steps: once done, it must apply and converge.
    const stepsDone = waiting.length > 0 && !afterSteps ? await target.doSteps?.(plan, text) : undefined;
    if (stepsDone) tally.afterSteps++;
    if (stepsDone) return await round(vendor, target, stepsDone, `${label}, after the person did the manual steps`, tally, true);
    return 'applied';
  } finally {
    await provider.close?.();
  }
}

/**
 * What the next plan may still hold: a checklist step (what cannot be read), a manual step the first plan
 * listed with the same intent (nobody did it), what waited for one, and what the next plan itself makes wait
 * for one (its dependencies lead to that step: apply will not send it, e.g. a Smartflo department's ring
 * timeout, seen only once its members are in, whose members wait on a time group). With a person doing every
 * step (Squaretalk), only the checklist.
 */
function leftOver(first: Plan, manifest: Manifest, next: Plan, personDidSteps: boolean): Action[] {
  const manual = new Set(first.actions.filter((a) => a.kind === 'manual').map((a) => `${a.address} ${a.intent}`));
  const waited = new Set(manifest.results.filter((r) => r.status === 'skipped' || r.status === 'waiting').map((r) => r.address));
  const undone = (a: Action) => a.kind === 'manual' && manual.has(`${a.address} ${a.intent}`);
  const waits = waitingOn(next, undone);
  return next.actions.filter((a) => {
    if (a.reason === CHECKLIST_REASON) return false;
    if (personDidSteps) return true;
    if (waited.has(a.address) || waits.has(a.id)) return false;
    return !undone(a);
  });
}

/** Ids of the API actions whose dependencies lead (through API actions) to a manual step `undone` accepts. */
function waitingOn(plan: Plan, undone: (a: Action) => boolean): Set<string> {
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const memo = new Map<string, boolean>();
  const waits = (a: Action): boolean => {
    if (memo.has(a.id)) return memo.get(a.id)!;
    memo.set(a.id, false);
    const result = a.kind !== 'manual' && a.dependsOn.some((id) => {
      const dep = byId.get(id);
      return dep !== undefined && (undone(dep) || waits(dep));
    });
    memo.set(a.id, result);
    return result;
  };
  return new Set(plan.actions.filter(waits).map((a) => a.id));
}

/**
 * "X field F cannot be changed on this vendor" is a warning about a declared value: one about a field org.yaml
 * never writes (issue 16 item 4: "extension cannot be changed" on every plan) is a surprise too.
 */
function untriggeredWarnings(plan: Plan, text: string): string[] {
  return plan.warnings.filter((w) => {
    const m = /^\w+ field (\w+) cannot be changed on this vendor/.exec(w);
    // A member's priority is declared by the list order itself (model/fields.ts: owned when left out).
    return m !== null && m[1] !== 'priority' && !new RegExp(`^\\s*-?\\s*${m[1]}:`, 'm').test(text);
  });
}

/** org.yaml text: the target's provider block and a body. */
export const orgText = (target: Target, body: Record<string, unknown>) => `version: 1\n${target.providerYaml}${stringify(body)}`;

/**
 * Import (as `ringform import` writes it, with the target's `provider:` block), then plan against the same
 * vendor: no actions but checklist steps (issue 16 item 5). Returns the imported body (without provider).
 */
export async function importRoundTrip(vendor: NeverLiesVendor, target: Target, tally: Tally): Promise<Record<string, unknown>> {
  const providerBlock = (parseYaml(target.providerYaml) as { provider: Record<string, unknown> }).provider;
  const loaded = loadOrgText(path.join(target.dir, 'org.yaml'), `version: 1\n${target.providerYaml}`);
  if (!loaded.ok) throw new Error(`the provider block does not load: ${configBlocked(loaded.diagnostics).join('; ')}`);
  const provider = await createProvider(loaded.org.provider, { cwd: target.dir });
  try {
    const live = await provider.read();
    const { text } = renderImport({ live, provider: providerBlock, source: `${vendor.type} test`, schema: './org.schema.json', filter: { include: [], exclude: [] } });
    tally.imports++;
    const imported = loadOrgText(path.join(target.dir, 'org.yaml'), text);
    if (!imported.ok) {
      tally.surprises++;
      throw new Surprise(`${vendor.type} import wrote an org.yaml that does not validate:\n  ${configBlocked(imported.diagnostics).join('\n  ')}\n${text}`);
    }
    const plan = planFor(imported.org, provider, live);
    const left = plan.actions.filter((a) => a.reason !== CHECKLIST_REASON);
    if (left.length > 0 || blockingReasons(plan).length > 0) {
      tally.surprises++;
      throw new Surprise(`${vendor.type} import → plan is not empty:\n  ${[...left.map(line), ...blockingReasons(plan)].join('\n  ')}\n${text}`);
    }
    const body = parseYaml(text) as Record<string, unknown>;
    delete body.version;
    delete body.provider;
    return body;
  } finally {
    await provider.close?.();
  }
}

/** The whole case on one vendor: live round, untidy shapes, import round trip, desired round. */
export async function runCase(vendor: NeverLiesVendor, c: Case, tally: Tally): Promise<void> {
  tally.cases++;
  const target = await vendor.start();
  const restore = withEnv(target.env);
  try {
    await round(vendor, target, orgText(target, writtenBody(vendor.restrict(c.live), vendor.shape)), 'live side', tally);
    await target.untidy(c.untidy);
    await importRoundTrip(vendor, target, tally);
    await round(vendor, target, orgText(target, writtenBody(vendor.restrict(c.desired), vendor.shape)), 'desired side', tally);
  } finally {
    restore();
    await target.close();
  }
}

/**
 * A migration: the live side applied to `from` (made untidy), imported, its `provider:` pointed at `to`, and
 * applied there (issue 16 item 6, "same for migrations between vendors"). The import is first applied as
 * written to a fresh target: blocked at validate or plan time, or no apply failure and convergence. Then `restrictImported`
 * leaves out what `to` refuses, and that import must apply and converge.
 */
export async function runMigration(from: NeverLiesVendor, to: NeverLiesVendor, c: Case, tally: Tally, restrictImported: (body: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  tally.cases++;
  const source = await from.start();
  const target = await to.start();
  const restore = withEnv({ ...source.env, ...target.env });
  try {
    await round(from, source, orgText(source, writtenBody(from.restrict(c.live), from.shape)), `live side on ${from.type}`, tally);
    await source.untidy(c.untidy);
    const body = await importRoundTrip(from, source, tally);
    // The import as written first, on a target of its own: the target's constraints must block it at validate or
    // plan time, or apply must not fail and the next plan must be empty but for the manual steps nobody did and
    // what waits on them (a Smartflo user on a time group a person creates, and the members behind it).
    const scratch = await to.start();
    const restoreScratch = withEnv(scratch.env);
    try {
      await round(to, scratch, orgText(scratch, body), `imported from ${from.type} as written`, tally);
    } finally {
      restoreScratch();
      await scratch.close();
    }
    await round(to, target, orgText(target, restrictImported(body)), `imported from ${from.type}`, tally);
  } finally {
    restore();
    await source.close();
    await target.close();
  }
}
