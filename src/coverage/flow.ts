/**
 * The call flow (pure): departments, their members in ring order with the hours each takes calls, and the
 * failover chain. What `ringform graph`, the report and the Markdown plan draw.
 */
import type { Failover, Routing } from '../model/org.js';
import type { CoverageInput } from './input.js';

export interface FlowMember {
  email: string;
  name: string;
  priority: number;
  /** 'always', 'never', 'disabled', or a schedule name (+ " (not managed)" when org.yaml leaves it out). */
  hours: string;
}

export interface FlowDepartment {
  name: string;
  /** The schedule name, or "always open". */
  hours: string;
  timezone: string;
  routing: Routing;
  members: FlowMember[];
  failover: Failover | null;
}

export function callFlow(input: CoverageInput, only?: ReadonlySet<string>): FlowDepartment[] {
  const users = new Map(input.users.map((u) => [u.email, u]));
  const zones = new Map(input.schedules.map((s) => [s.name, s.timezone]));
  const wanted = only ? withFailoverTargets(input, only) : null;
  return input.departments
    .filter((d) => !wanted || wanted.has(d.name))
    .map((d) => ({
      name: d.name,
      hours: d.hours ?? 'always open',
      timezone: (d.hours && zones.get(d.hours)) || input.timezone,
      routing: d.routing,
      failover: d.failover,
      members: [...d.members]
        .sort((a, b) => a.priority - b.priority)
        .map((m) => {
          const u = users.get(m.user);
          const hours = !u ? 'unknown user' : u.status !== 'active' ? u.status : u.receiveCalls;
          return { email: m.user, name: u?.name ?? m.user, priority: m.priority, hours: input.unmanagedHours.has(m.user) ? `${hours} (not managed)` : hours };
        }),
    }));
}

/** The named departments and every department their failover chains lead to. */
function withFailoverTargets(input: CoverageInput, names: ReadonlySet<string>): Set<string> {
  const byName = new Map(input.departments.map((d) => [d.name, d]));
  const out = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (out.has(name) || !byName.has(name)) continue;
    out.add(name);
    const f = byName.get(name)!.failover;
    if (f?.type === 'department' && f.target) queue.push(f.target);
  }
  return out;
}
