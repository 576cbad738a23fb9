/**
 * The apply engine executes exactly the plan's actions and decides nothing (docs/design.md#plan-as-data): an
 * action starts once every action it depends on has succeeded, at most `parallelism` run at once, and
 * a failure skips only what depends on it, so independent branches still converge.
 *
 * Manual actions are never sent to the provider; they are reported with their steps, and whatever needs
 * them done is reported `waiting` (not attempted, not failed: the next plan sends it once the step is done).
 * A create whose follow-up failed (PartialApplyError) is reported failed with what it did, and its id is kept.
 * When `signal` aborts, calls in flight finish and nothing new starts.
 */
import { EXIT, PartialApplyError, RingformError } from '../errors.js';
import type { LiveOrg } from '../model/live.js';
import type { Action } from '../plan/types.js';
import type { Plan } from '../plan/types.js';
import type { Provider } from '../contract/provider.js';
import { createIdBook, type IdBook } from './ids.js';
import { buildManifest } from './manifest.js';
import type { ActionResult, ApplyEvent, Manifest } from './types.js';

export type { ActionResult, ActionStatus, ApplyEvent, Manifest } from './types.js';

export interface ApplyOptions {
  /** The live state the plan was made from: ids of objects no earlier action created come from it. */
  live: LiveOrg;
  /** How many vendor calls may run at once. Default 4. */
  parallelism?: number;
  signal?: AbortSignal;
  onEvent?: (event: ApplyEvent) => void;
}

export const DEFAULT_PARALLELISM = 4;

export async function applyPlan(plan: Plan, provider: Provider, opts: ApplyOptions): Promise<Manifest> {
  const parallelism = opts.parallelism ?? DEFAULT_PARALLELISM;
  if (!Number.isInteger(parallelism) || parallelism < 1) {
    throw new RingformError(`parallelism must be a whole number of at least 1 (got ${parallelism})`);
  }
  if (plan.blocking && plan.blocking.length > 0) {
    // The CLI stops before this (shell/guards.ts); the engine refuses too, so no caller can send a plan the vendor would refuse.
    throw new RingformError(`the plan has ${plan.blocking.length} blocking diagnostic(s) (${plan.blocking.map((b) => b.code).join(', ')}); nothing was applied. Fix org.yaml and plan again.`, EXIT.guard);
  }
  checkExecutionOrder(plan.actions);
  provider.prime?.(opts.live);
  const run = new ApplyRun(plan.actions, provider, createIdBook(opts.live), listener(opts.onEvent));
  const interrupted = await run.execute(parallelism, opts.signal);
  return buildManifest(plan.actions, run.outcomes, interrupted);
}

/** Each dependency must name an action earlier in the plan; that also rules out cycles. */
export function checkExecutionOrder(actions: Action[]): void {
  const seen = new Set<string>();
  for (const action of actions) {
    if (seen.has(action.id)) throw new RingformError(`the plan is inconsistent: two actions have id ${action.id}`);
    for (const dep of action.dependsOn) {
      if (!seen.has(dep)) {
        throw new RingformError(
          `the plan is inconsistent: action ${action.id} ${action.address} depends on ${dep}, which is not an earlier action`,
        );
      }
    }
    seen.add(action.id);
  }
}

class ApplyRun {
  readonly outcomes = new Map<string, ActionResult>();
  private readonly byId: Map<string, Action>;
  private pending: Action[];
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    actions: Action[],
    private readonly provider: Provider,
    private readonly ids: IdBook,
    private readonly emit: (event: ApplyEvent) => void,
  ) {
    this.pending = [...actions];
    this.byId = new Map(actions.map((a) => [a.id, a]));
  }

  /** Runs until done or aborted; true when the abort left actions that never started. */
  async execute(parallelism: number, signal: AbortSignal | undefined): Promise<boolean> {
    for (;;) {
      this.settleBlocked();
      if (!signal?.aborted) this.startReady(parallelism);
      if (this.running.size === 0) break;
      await Promise.race(this.running.values());
    }
    const interrupted = this.pending.length > 0;
    for (const action of this.pending) this.finish(action, { status: 'skipped', message: 'interrupted' });
    this.pending = [];
    return interrupted;
  }

  /** Marks manual actions whose turn has come, skips whatever needs a failure, and holds what needs a manual step. */
  private settleBlocked(): void {
    for (const action of [...this.pending]) {
      const blocker = this.blockingReason(action);
      if (blocker !== null) this.finish(action, blocker);
      else if (action.kind === 'manual' && this.dependenciesDone(action)) {
        this.finish(action, { status: 'manual', message: action.why, intent: action.intent, steps: action.steps });
      }
    }
  }

  private blockingReason(action: Action): { status: 'skipped' | 'waiting'; message: string } | null {
    let waiting: string | null = null;
    for (const depId of action.dependsOn) {
      const dep = this.byId.get(depId)!;
      const outcome = this.outcomes.get(depId);
      if (outcome?.status === 'failed') return { status: 'skipped', message: `depends on failed action ${dep.id} ${dep.address}` };
      if (outcome?.status === 'skipped') return { status: 'skipped', message: outcome.message ?? `depends on skipped action ${dep.id} ${dep.address}` };
      // A person follows the manual steps in order, so a manual step never waits on another one; an API
      // call does, since the person may not have done it yet.
      if (outcome?.status === 'manual' && action.kind !== 'manual') waiting ??= `waits on manual step ${dep.id}: ${dep.kind === 'manual' ? dep.intent : dep.kind} ${dep.address} in the panel`;
      if (outcome?.status === 'waiting') waiting ??= outcome.message ?? `waits on action ${dep.id} ${dep.address}`;
    }
    // Waiting is decided once every dependency has an outcome: one still running may yet fail (then it is skipped).
    if (waiting === null || action.dependsOn.some((id) => !this.outcomes.has(id))) return null;
    return { status: 'waiting', message: waiting };
  }

  private dependenciesSucceeded(action: Action): boolean {
    return action.dependsOn.every((id) => this.outcomes.get(id)?.status === 'succeeded');
  }

  /** For a manual step: every dependency succeeded or is itself a manual step (listed before it). */
  private dependenciesDone(action: Action): boolean {
    return action.dependsOn.every((id) => ['succeeded', 'manual'].includes(this.outcomes.get(id)?.status ?? ''));
  }

  private startReady(parallelism: number): void {
    for (const action of [...this.pending]) {
      if (this.running.size >= parallelism) return;
      if (action.kind !== 'manual' && this.dependenciesSucceeded(action)) this.start(action);
    }
  }

  private start(action: Action): void {
    this.pending = this.pending.filter((a) => a !== action);
    this.emit({ type: 'started', action });
    const startedAt = performance.now();
    const elapsed = () => Math.round(performance.now() - startedAt);
    const call = Promise.resolve()
      .then(() => this.provider.apply(action, this.ids.resolve))
      .then(
        (result) => {
          this.ids.record(action.address, result.id, action.kind === 'delete');
          this.finish(action, { status: 'succeeded', durationMs: elapsed() });
        },
        (err: unknown) => {
          if (err instanceof PartialApplyError) this.ids.record(action.address, err.id, false);
          const done = err instanceof PartialApplyError ? { done: err.done } : {};
          this.finish(action, { status: 'failed', message: errorMessage(err), ...done, durationMs: elapsed() });
        },
      )
      .finally(() => this.running.delete(action.id));
    this.running.set(action.id, call);
  }

  private finish(action: Action, outcome: Omit<ActionResult, 'id' | 'address' | 'kind' | 'durationMs'> & { durationMs?: number }): void {
    this.pending = this.pending.filter((a) => a !== action);
    const result: ActionResult = {
      id: action.id,
      address: action.address,
      kind: action.kind,
      ...outcome,
      durationMs: outcome.durationMs ?? 0,
    };
    this.outcomes.set(action.id, result);
    const event: ApplyEvent = { type: result.status, action };
    if (result.status === 'failed' || result.status === 'skipped' || result.status === 'waiting') event.error = result.message;
    if (outcome.durationMs !== undefined) event.durationMs = outcome.durationMs;
    this.emit(event);
  }
}

/** A listener that throws (a closed terminal, say) must not derail the apply's bookkeeping. */
function listener(onEvent: ((event: ApplyEvent) => void) | undefined): (event: ApplyEvent) => void {
  return (event) => {
    try {
      onEvent?.(event);
    } catch {
      // Progress output is best effort; the manifest still reports every action.
    }
  };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
