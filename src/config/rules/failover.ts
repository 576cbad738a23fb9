/**
 * Department failover targets, checked by type: user → a declared email; department → another declared
 * department; external → an E.164 number; voicemail and hangup take no target.
 */
import type * as W from '../written.generated.js';
import { defineRule, type RuleContext } from './rule.js';
import { E164, departmentNames, departments, lower, unknownUserHint, userEmails } from './util.js';

/** What is wrong with a failover's target, or undefined; the second item is an optional hint. */
function targetProblem(ctx: RuleContext, f: W.Failover): [string, string?] | undefined {
  const t = f.target;
  switch (f.type) {
    case 'voicemail':
    case 'hangup':
      return t === undefined ? undefined : [`failover ${f.type} takes no target, but has "${t}"`, 'Remove `target`.'];
    case 'user':
      if (t === undefined) return ['failover to a user needs a target: the user\'s email'];
      return userEmails(ctx).has(lower(t))
        ? undefined
        : [`failover target "${t}" is not a declared user`, unknownUserHint(ctx, t, 'Use the email of a declared user.')];
    case 'department':
      if (t === undefined) return ['failover to a department needs a target: the department name'];
      return departmentNames(ctx).has(t)
        ? undefined
        : [`failover target "${t}" is not a declared department`, `Known departments: ${departments(ctx).map((d) => d.name).join(', ')}.`];
    case 'external':
      if (t === undefined) return ['failover to an external number needs a target: the number in E.164'];
      return E164.test(t) ? undefined : [`failover target "${t}" is not an E.164 number`, 'Write it as + and the country code, then the number, e.g. +912240001000.'];
  }
}

export const badFailoverTarget = defineRule({
  code: 'RF218',
  name: 'bad-failover-target',
  severity: 'error',
  meaning: "A department's failover target is missing, unexpected, or does not resolve for its type.",
  hint: 'user → a declared email; department → a declared department name; external → an E.164 number; voicemail and hangup → no target.',
  check(ctx) {
    departments(ctx).forEach((d, i) => {
      if (!d.failover) return;
      const problem = targetProblem(ctx, d.failover);
      if (!problem) return;
      const path = d.failover.target === undefined ? ['departments', i, 'failover'] : ['departments', i, 'failover', 'target'];
      ctx.report(path, `department ${d.name}: ${problem[0]}`, problem[1] ? { hint: problem[1] } : {});
    });
  },
});

export const failoverToSelf = defineRule({
  code: 'RF219',
  name: 'failover-to-self',
  severity: 'error',
  meaning: 'A department fails over to itself, so unanswered calls would loop.',
  hint: 'Fail over to another department, a user, voicemail, an external number or hangup.',
  check(ctx) {
    departments(ctx).forEach((d, i) => {
      if (d.failover?.type === 'department' && d.failover.target === d.name) {
        ctx.report(['departments', i, 'failover', 'target'], `department ${d.name} fails over to itself`);
      }
    });
  },
});

/**
 * The departments of a failover loop longer than one (Sales → Support → Sales), each listed once, in the
 * order the loop is first met. Each department fails over to at most one department, so following the
 * chain from every start finds every loop in linear time.
 */
function failoverLoops(written: W.Department[]): string[][] {
  const next = new Map<string, string>();
  for (const d of written) if (d.failover?.type === 'department' && d.failover.target !== undefined) next.set(d.name, d.failover.target);
  const done = new Set<string>();
  const loops: string[][] = [];
  for (const start of next.keys()) {
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !path.includes(at)) {
      path.push(at);
      at = next.get(at);
    }
    if (at !== undefined && path.includes(at)) {
      const loop = path.slice(path.indexOf(at));
      if (loop.length > 1) loops.push(loop);
    }
    for (const name of path) done.add(name);
  }
  return loops;
}

export const failoverLoop = defineRule({
  code: 'RF227',
  name: 'failover-loop',
  severity: 'error',
  meaning: 'Departments fail over to each other in a loop (Sales → Support → Sales), so unanswered calls would never leave it.',
  hint: 'End the chain: make one department in the loop fail over to voicemail, a user, an external number or hangup.',
  check(ctx) {
    const index = new Map(departments(ctx).map((d, i) => [d.name, i]));
    for (const loop of failoverLoops(departments(ctx))) {
      const first = index.get(loop[0]!)!;
      ctx.report(['departments', first, 'failover', 'target'], `departments fail over in a loop: ${[...loop, loop[0]].join(' → ')}`);
    }
  },
});
