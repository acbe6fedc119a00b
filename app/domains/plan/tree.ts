/**
 * Pure helpers for goal trees, shared by the data layer and the UI.
 */

/** Natural order of goal numbers: "2" < "10", "1.2" < "1.10", "1" < "1.1". */
export function compareGoalNumbers(a: string, b: string): number {
  const left = a.split(".");
  const right = b.split(".");
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    if (left[i] === undefined) return -1;
    if (right[i] === undefined) return 1;
    const x = Number(left[i]);
    const y = Number(right[i]);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (x !== y) return x - y;
    } else {
      const text = left[i].localeCompare(right[i], "nb", { numeric: true });
      if (text !== 0) return text;
    }
  }
  return 0;
}

export type TreeNode<T> = T & { children: Array<TreeNode<T>> };

/**
 * Nests flat rows by parentId and sorts every level by number.
 * A row whose parent is not among the rows becomes a root.
 */
export function buildGoalTree<T extends { id: string; parentId: string | null; number: string }>(rows: readonly T[]): Array<TreeNode<T>> {
  const nodes = new Map<string, TreeNode<T>>();
  for (const row of rows) nodes.set(row.id, { ...row, children: [] });
  const roots: Array<TreeNode<T>> = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: Array<TreeNode<T>>) => {
    list.sort((a, b) => compareGoalNumbers(a.number, b.number));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** Depth-first list of the nodes with their depth (0 for roots), in tree order. */
export function flattenGoalTree<T>(nodes: ReadonlyArray<TreeNode<T>>, depth = 0): Array<{ node: TreeNode<T>; depth: number }> {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenGoalTree(node.children, depth + 1)]);
}

/** The path from a root to the node with this id (both included), or [] when it is not in the tree. */
export function findGoalPath<T extends { id: string }>(nodes: ReadonlyArray<TreeNode<T>>, id: string): Array<TreeNode<T>> {
  for (const node of nodes) {
    if (node.id === id) return [node];
    const below = findGoalPath(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** Ids of the node and everything below it. */
export function subtreeIds<T extends { id: string }>(node: TreeNode<T>): Set<string> {
  const ids = new Set<string>([node.id]);
  for (const child of node.children) for (const id of subtreeIds(child)) ids.add(id);
  return ids;
}

/** Counts the nodes in a tree, and those without linked measures. */
export function countGoals<T extends { measureCount: number }>(nodes: ReadonlyArray<TreeNode<T>>): { total: number; withoutMeasures: number } {
  let total = 0;
  let withoutMeasures = 0;
  for (const { node } of flattenGoalTree(nodes)) {
    total++;
    if (node.measureCount === 0) withoutMeasures++;
  }
  return { total, withoutMeasures };
}

/** Suggests the next free number below a parent (or among main goals): "1.2" after "1.1", "3" after "1", "2". */
export function suggestGoalNumber(parentNumber: string | null, siblingNumbers: readonly string[]): string {
  let highest = 0;
  for (const number of siblingNumbers) {
    const last = Number(number.split(".").at(-1));
    if (Number.isInteger(last) && last > highest) highest = last;
  }
  return parentNumber ? `${parentNumber}.${highest + 1}` : String(highest + 1);
}
