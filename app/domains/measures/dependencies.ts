/**
 * Dependencies between measures ("measure A depends on measure B").
 *
 * An edge `{ measureId: A, dependsOnId: B }` means A depends on B. Adding a
 * new edge from → to (from depends on to) creates a cycle exactly when
 * `from` is already reachable from `to` by following existing edges, or
 * when from === to.
 *
 * Both functions are iterative (breadth-first search, no recursion) and run
 * in O(V + E).
 */

export type DependencyEdge = { measureId: string; dependsOnId: string };

export type CycleCheckInput = {
  edges: readonly DependencyEdge[];
  /** The measure that would get a new dependency. */
  from: string;
  /** The measure it would depend on. */
  to: string;
};

/**
 * If adding the edge from → to would create a cycle, returns the ids along
 * the cycle, starting and ending with `from`, following "depends on":
 *   self-dependency A → A:                    ["A", "A"]
 *   edges B → A, adding A → B:                ["A", "B", "A"]
 *   edges B → C, C → A, adding A → B:         ["A", "B", "C", "A"]
 * The path is a shortest one. Returns null if no cycle would be created.
 */
export function findCyclePath({ edges, from, to }: CycleCheckInput): string[] | null {
  if (from === to) return [from, to];

  const adjacency = new Map<string, string[]>();
  for (const { measureId, dependsOnId } of edges) {
    const list = adjacency.get(measureId);
    if (list) list.push(dependsOnId);
    else adjacency.set(measureId, [dependsOnId]);
  }

  // BFS from `to`, looking for `from`. `parent` doubles as the visited set.
  const parent = new Map<string, string | null>([[to, null]]);
  const queue: string[] = [to];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as string;
    const next = adjacency.get(current);
    if (!next) continue;
    for (const id of next) {
      if (parent.has(id)) continue;
      parent.set(id, current);
      if (id === from) {
        // Walk back from `from` to `to`, then prepend the new edge's source.
        const reversed: string[] = [];
        for (let node: string | null = id; node !== null; node = parent.get(node) ?? null) {
          reversed.push(node);
        }
        return [from, ...reversed.reverse()];
      }
      queue.push(id);
    }
  }
  return null;
}

/** Whether adding the dependency from → to would create a cycle (incl. from === to). */
export function wouldCreateCycle(input: CycleCheckInput): boolean {
  return findCyclePath(input) !== null;
}
