/**
 * A department's ring order is its `destination` list; a member's priority is its position there.
 * Member actions arrive one at a time, each with the priority org.yaml wants, and each rewrites the
 * whole list. To land on the planned order whatever order they run in, the priorities asked for so far
 * are remembered per department — trusted only while the vendor's list is still the one last written.
 *
 * An agent no action names keeps the priority the plan saw: its position in the list as first read in this
 * run (the plan diffed against that list, so "no action" means "same position as then"). Its position in
 * the list as rewritten so far would be wrong: removals earlier in the run move it up (issue 16: a Smartflo
 * apply that reported success left Billing as u2, u4, u1 where the plan said u2, u1, u4).
 */

export type RingChange = { agentId: string; priority: number } | { agentId: string; remove: true };

export class RingOrders {
  private readonly written = new Map<string, string[]>();
  private readonly intended = new Map<string, Map<string, number>>();
  /** The list as first read in this run (or as found after someone else changed it). */
  private readonly original = new Map<string, string[]>();

  /**
   * The new agent order for `department` after `change`, given the vendor's `current` order. With `declared` (the
   * declared members' agents in ring order, plan/members.ts withRingOrder), that order is the answer: the declared
   * agents present after the change, in declared order, then every other agent in its current order (members
   * org.yaml leaves unmanaged, and agents the read cannot name, ring after the declared ones).
   */
  next(department: string, current: string[], change: RingChange, declared?: string[]): string[] {
    if (declared) {
      const order = declaredOrder(current, change, declared);
      this.written.set(department, order);
      this.intended.delete(department);
      return order;
    }
    const last = this.written.get(department);
    if (!last || last.join('|') !== current.join('|')) {
      this.intended.delete(department);
      this.original.set(department, current);
    }
    const wanted = this.intended.get(department) ?? new Map<string, number>();
    if ('remove' in change) wanted.delete(change.agentId);
    else wanted.set(change.agentId, change.priority);
    const order = ringOrder(current, wanted, change.agentId, this.original.get(department));
    this.intended.set(department, wanted);
    this.written.set(department, order);
    return order;
  }
}

/**
 * Agents sorted by priority: one asked for in this run, else its position in `original` (default: the current
 * list). On a tie the agent just changed goes first, then the others asked for, then the rest in their
 * current order.
 */
export function ringOrder(current: string[], wanted: Map<string, number>, changed: string, original: string[] = current): string[] {
  const positionOf = (id: string, index: number) => {
    const at = original.indexOf(id);
    return at >= 0 ? at + 1 : index + 1;
  };
  const entries = current
    .filter((id) => id !== changed)
    .map((id, index) => ({ id, priority: wanted.get(id) ?? positionOf(id, index), rank: wanted.has(id) ? 1 : 2, index }));
  if (wanted.has(changed)) entries.push({ id: changed, priority: wanted.get(changed)!, rank: 0, index: -1 });
  entries.sort((a, b) => a.priority - b.priority || a.rank - b.rank || a.index - b.index);
  return entries.map((e) => e.id);
}

/** `declared` agents present after `change`, in declared order, then the rest of `current` in its order. */
export function declaredOrder(current: string[], change: RingChange, declared: string[]): string[] {
  const present = new Set(current);
  if ('remove' in change) present.delete(change.agentId);
  else present.add(change.agentId);
  const placed = declared.filter((id, i) => present.has(id) && declared.indexOf(id) === i);
  // The agent of this action is declared unless the plan is older than its ringOrder: then it goes by priority.
  if (!('remove' in change) && !placed.includes(change.agentId)) placed.splice(Math.min(change.priority - 1, placed.length), 0, change.agentId);
  const rest = current.filter((id) => !placed.includes(id) && present.has(id));
  return [...placed, ...rest];
}
