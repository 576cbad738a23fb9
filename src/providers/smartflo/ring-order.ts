/**
 * A department's ring order is its `destination` list; a member's priority is its position there.
 * Member actions arrive one at a time, each with the priority org.yaml wants, and each rewrites the
 * whole list. To land on the planned order whatever order they run in, the priorities asked for so far
 * are remembered per department — trusted only while the vendor's list is still the one last written.
 */

export type RingChange = { agentId: string; priority: number } | { agentId: string; remove: true };

export class RingOrders {
  private readonly written = new Map<string, string[]>();
  private readonly intended = new Map<string, Map<string, number>>();

  /** The new agent order for `department` after `change`, given the vendor's `current` order. */
  next(department: string, current: string[], change: RingChange): string[] {
    const last = this.written.get(department);
    if (!last || last.join('|') !== current.join('|')) this.intended.delete(department);
    const wanted = this.intended.get(department) ?? new Map<string, number>();
    if ('remove' in change) wanted.delete(change.agentId);
    else wanted.set(change.agentId, change.priority);
    const order = ringOrder(current, wanted, change.agentId);
    this.intended.set(department, wanted);
    this.written.set(department, order);
    return order;
  }
}

/**
 * Agents sorted by priority: one asked for in this run, else its current position. On a tie the agent
 * just changed goes first, then the others asked for, then the rest in their current order.
 */
export function ringOrder(current: string[], wanted: Map<string, number>, changed: string): string[] {
  const entries = current
    .filter((id) => id !== changed)
    .map((id, index) => ({ id, priority: wanted.get(id) ?? index + 1, rank: wanted.has(id) ? 1 : 2, index }));
  if (wanted.has(changed)) entries.push({ id: changed, priority: wanted.get(changed)!, rank: 0, index: -1 });
  entries.sort((a, b) => a.priority - b.priority || a.rank - b.rank || a.index - b.index);
  return entries.map((e) => e.id);
}
