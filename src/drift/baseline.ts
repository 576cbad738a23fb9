/**
 * What was last applied, the baseline drift is classified against.
 *
 * `--since-ref REF`: org.yaml at that git ref, normalised, is what was applied (e.g. the commit the last
 * successful apply ran on).
 *
 * `--since-plan PLANFILE`, a plan saved with `plan --out` and applied:
 * - When live state still has the checksum the plan saw, nothing changed at the vendor since the plan was
 *   made (it was not applied, or changed nothing): every drift item is `unapplied`.
 * - Otherwise the plan was applied, so the org it was made from is the baseline. The plan holds only its
 *   checksum (`checksums.desired`); that org is found as the current org.yaml, or else in the file's git
 *   history (the 100 most recent commits touching it). Not found: drift is reported, unclassified.
 */
import path from 'node:path';
import type { LiveOrg } from '../model/live.js';
import type { Org } from '../model/org.js';
import { desiredChecksum, liveChecksum } from '../plan/checksum.js';
import { readSavedPlan } from '../plan/saved.js';
import type { InviteState, Plan } from '../plan/types.js';
import { loadOrgTextOrThrow } from '../config/load.js';
import { commitsOf, showAt } from './git.js';
import type { Baseline, DriftOrigin } from './types.js';

export type BaselineSource = { kind: 'ref'; ref: string } | { kind: 'plan'; file: string };

export interface ResolvedBaseline {
  baseline: Baseline;
  /** The last-applied org to classify against; null when `all` decides, or nothing could. */
  org: Org | null;
  /** One origin for every item. */
  all?: DriftOrigin;
  /** A saved plan's invite states (issue 19 item 4): drift reports how they changed. */
  invites?: InviteState[];
}

const HISTORY_DEPTH = 100;

export async function orgAtRef(file: string, ref: string): Promise<Org> {
  return loadOrgTextOrThrow(file, await showAt(file, ref), `${path.basename(file)}@${ref}`);
}

export async function resolveBaseline(source: BaselineSource, file: string, desired: Org, live: LiveOrg): Promise<ResolvedBaseline> {
  if (source.kind === 'ref') {
    return { baseline: { label: `git ref ${source.ref}`, note: null }, org: await orgAtRef(file, source.ref) };
  }
  const saved = await readSavedPlan(source.file);
  const resolved = await fromSavedPlan(saved.plan, source.file, file, desired, live);
  return saved.plan.invites ? { ...resolved, invites: saved.plan.invites } : resolved;
}

async function fromSavedPlan(plan: Plan, planFile: string, file: string, desired: Org, live: LiveOrg): Promise<ResolvedBaseline> {
  const saved = { plan };
  const label = `saved plan ${path.basename(planFile)}`;
  if (liveChecksum(live) === saved.plan.checksums.live) {
    const note = 'live state is exactly what the plan saw: nothing changed at the vendor since it was made';
    return { baseline: { label, note }, org: null, all: 'unapplied' };
  }
  const wanted = saved.plan.checksums.desired;
  if (desiredChecksum(desired) === wanted) {
    return { baseline: { label, note: 'org.yaml is the one the plan was made from' }, org: desired };
  }
  const found = await findInHistory(file, wanted);
  if (found) return { baseline: { label, note: `the plan was made from org.yaml at commit ${found.commit.slice(0, 12)}` }, org: found.org };
  const note = `the org.yaml the plan was made from is neither the current one nor in the last ${HISTORY_DEPTH} commits of ${path.basename(file)}; drift is not classified`;
  return { baseline: { label, note }, org: null, all: 'unknown' };
}

async function findInHistory(file: string, checksum: string): Promise<{ commit: string; org: Org } | null> {
  const commits = await commitsOf(file, HISTORY_DEPTH).catch(() => []);
  for (const commit of commits) {
    const org = await orgAtRef(file, commit).catch(() => null);
    if (org && desiredChecksum(org) === checksum) return { commit, org };
  }
  return null;
}
