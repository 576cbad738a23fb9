/**
 * `apply --json`: a stream of events for CI systems, one JSON object per line on stdout. Types, in order:
 * `plan` (provider, action counts by kind, checksums), then per action `action-started` and one of
 * `action-succeeded` / `action-failed` / `action-skipped` / `action-waiting` / `action-manual`, then `manifest` (counts and
 * results). A guard that stops the apply emits `guard` instead of the action events. Values carry no
 * secrets: actions are named by address, never by their fields.
 */
import type { ApplyEvent, Manifest } from '../apply/engine.js';
import type { Plan } from '../plan/types.js';
import { countByKind } from '../render/summary.js';
import type { IO } from '../shell/io.js';

export type JsonEventType =
  | 'plan'
  | 'guard'
  | 'action-started'
  | 'action-succeeded'
  | 'action-failed'
  | 'action-skipped'
  | 'action-waiting'
  | 'action-manual'
  | 'manifest';

export interface JsonEvents {
  plan(plan: Plan): void;
  guard(plan: Plan): void;
  action(event: ApplyEvent): void;
  manifest(manifest: Manifest): void;
}

export function jsonEvents(io: IO, now: () => Date = () => new Date()): JsonEvents {
  const emit = (type: JsonEventType, body: Record<string, unknown>) =>
    io.stdout.write(`${JSON.stringify({ type, time: now().toISOString(), ...body })}\n`);
  return {
    plan: (plan) => emit('plan', { provider: plan.provider, actions: plan.actions.length, counts: countByKind(plan), checksums: plan.checksums }),
    guard: (plan) =>
      emit('guard', {
        violations: plan.guards.map((g) => ({ code: g.code, message: g.message, forceable: g.forceable, addresses: g.addresses })),
        ...(plan.blocking ? { blocking: plan.blocking } : {}),
      }),
    action: (event) => {
      const { id, address, kind } = event.action;
      const type = event.type === 'started' ? 'action-started' : (`action-${event.type}` as JsonEventType);
      emit(type, { id, address, kind, ...(event.durationMs !== undefined ? { durationMs: event.durationMs } : {}), ...(event.error ? { error: event.error } : {}) });
    },
    manifest: (manifest) =>
      emit('manifest', { counts: manifest.counts, results: manifest.results, ...(manifest.interrupted ? { interrupted: true } : {}) }),
  };
}
