/** Tarjan's strongly connected components, for finding dependency cycles to break or to report. */
export function stronglyConnected<N>(nodes: N[], next: (n: N) => Iterable<N>): N[][] {
  const index = new Map<N, number>();
  const low = new Map<N, number>();
  const onStack = new Set<N>();
  const stack: N[] = [];
  const out: N[][] = [];
  let counter = 0;
  const visit = (n: N): void => {
    index.set(n, counter);
    low.set(n, counter);
    counter++;
    stack.push(n);
    onStack.add(n);
    for (const m of next(n)) {
      if (!index.has(m)) {
        visit(m);
        low.set(n, Math.min(low.get(n)!, low.get(m)!));
      } else if (onStack.has(m)) low.set(n, Math.min(low.get(n)!, index.get(m)!));
    }
    if (low.get(n) === index.get(n)) {
      const component: N[] = [];
      let m: N;
      do {
        m = stack.pop()!;
        onStack.delete(m);
        component.push(m);
      } while (m !== n);
      out.push(component);
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

/** The components that are cycles (more than one node, or a node depending on itself). */
export function cycles<N>(nodes: N[], next: (n: N) => Iterable<N>): N[][] {
  return stronglyConnected(nodes, next).filter((c) => c.length > 1 || [...next(c[0]!)].includes(c[0]!));
}
