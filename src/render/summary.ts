/** Counts and one-line summaries, shared by every renderer, the CLI and the apply manifest. */
import { ACTION_KINDS, type ActionKind, type Plan, type Unverified } from '../plan/types.js';
import { inert } from '../inert.js';

export function countByKind(plan: Plan): Record<ActionKind, number> {
  const counts = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0])) as Record<ActionKind, number>;
  for (const a of plan.actions) counts[a.kind] += 1;
  return counts;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * `Plan: 2 to create, 1 to update, 0 to replace, 1 to delete, 1 invite, 3 member changes, 2 manual steps.`
 * The first four always appear (as in Terraform); invites, cancelled invites, member changes and manual steps
 * only when there are some. An empty plan gives `Plan: 0 to create, 0 to update, 0 to replace, 0 to delete.`
 */
export function renderSummaryLine(plan: Plan): string {
  const c = countByKind(plan);
  const parts = [`${c.create} to create`, `${c.update} to update`, `${c.replace} to replace`, `${c.delete} to delete`];
  if (c.invite) parts.push(plural(c.invite, 'invite'));
  if (c['cancel-invite']) parts.push(plural(c['cancel-invite'], 'invite cancelled', 'invites cancelled'));
  const members = c['add-member'] + c['remove-member'];
  if (members) parts.push(plural(members, 'member change'));
  if (c.manual) parts.push(plural(c.manual, 'manual step'));
  return `Plan: ${parts.join(', ')}.`;
}

/** `Left alone: 3 unmanaged objects (1 ignored by settings.ignore, 2 not in org.yaml with prune off).`; null when none. */
export function renderUnmanagedLine(plan: Plan): string | null {
  const n = plan.unmanaged.length;
  if (n === 0) return null;
  const ignored = plan.unmanaged.filter((u) => u.reason === 'ignored').length;
  const parts: string[] = [];
  if (ignored) parts.push(`${ignored} ignored by settings.ignore`);
  if (n - ignored) parts.push(`${n - ignored} not in org.yaml with prune off`);
  return `Left alone: ${plural(n, 'unmanaged object')} (${parts.join(', ')}).`;
}

export function targetLabel(plan: Plan): string {
  return plan.provider.target === null ? '(default target)' : inert(JSON.stringify(plan.provider.target));
}

/**
 * An unverified field's tail naming the existing objects org.yaml sets it for (Unverified.declared): their value
 * is not compared, so it is not known to match. Empty when there are none.
 */
export function declaredTail(u: Unverified): string {
  const declared = u.declared ?? [];
  if (declared.length === 0) return '';
  const shown = declared.slice(0, 10).join(', ') + (declared.length > 10 ? ` and ${declared.length - 10} more` : '');
  return `; org.yaml sets it for ${shown}: not compared, so not known to match`;
}

/** How many declared settings the read cannot see (each existing object org.yaml sets an unreadable field for). */
export function unreadDeclared(unverified: readonly Unverified[]): number {
  return unverified.reduce((n, u) => n + (u.declared?.length ?? 0), 0);
}

/** The line of a plan without actions: "in sync" only when org.yaml sets nothing the read cannot see. */
export function noChangesLine(plan: Pick<Plan, 'unverified'>): string {
  const unread = unreadDeclared(plan.unverified);
  if (unread === 0) return 'No changes. The live organisation matches org.yaml.';
  return `No changes. What ringform can read matches org.yaml; ${plural(unread, 'declared setting')} it cannot read ${unread === 1 ? 'is' : 'are'} unverified (below).`;
}
