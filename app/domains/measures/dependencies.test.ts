import { describe, expect, it } from "vitest";
import { findCyclePath, wouldCreateCycle, type DependencyEdge } from "./dependencies";

const e = (measureId: string, dependsOnId: string): DependencyEdge => ({ measureId, dependsOnId });

/** Checks that `path` is a real cycle: starts/ends with `from`, uses the new edge, then existing edges. */
function expectValidCycle(path: string[] | null, edges: DependencyEdge[], from: string, to: string): void {
  expect(path).not.toBeNull();
  if (path === null) return;
  expect(path[0]).toBe(from);
  expect(path[path.length - 1]).toBe(from);
  expect(path[1]).toBe(to);
  const edgeSet = new Set(edges.map((x) => `${x.measureId}->${x.dependsOnId}`));
  for (let i = 1; i < path.length - 1; i++) {
    expect(edgeSet.has(`${path[i]}->${path[i + 1]}`), `${path[i]}->${path[i + 1]}`).toBe(true);
  }
}

describe("wouldCreateCycle", () => {
  it("treats self-dependency as a cycle", () => {
    expect(wouldCreateCycle({ edges: [], from: "A", to: "A" })).toBe(true);
    expect(wouldCreateCycle({ edges: [e("A", "B")], from: "A", to: "A" })).toBe(true);
  });

  it("returns false for an empty graph", () => {
    expect(wouldCreateCycle({ edges: [], from: "A", to: "B" })).toBe(false);
  });

  it("detects a direct back edge", () => {
    expect(wouldCreateCycle({ edges: [e("B", "A")], from: "A", to: "B" })).toBe(true);
  });

  it("detects an indirect cycle", () => {
    const edges = [e("B", "C"), e("C", "D"), e("D", "A")];
    expect(wouldCreateCycle({ edges, from: "A", to: "B" })).toBe(true);
    expect(wouldCreateCycle({ edges, from: "A", to: "C" })).toBe(true);
    expect(wouldCreateCycle({ edges, from: "A", to: "D" })).toBe(true);
  });

  it("allows edges in the same direction as existing ones", () => {
    const edges = [e("A", "B"), e("B", "C")];
    expect(wouldCreateCycle({ edges, from: "A", to: "C" })).toBe(false);
    expect(wouldCreateCycle({ edges, from: "A", to: "B" })).toBe(false); // duplicate edge
    expect(wouldCreateCycle({ edges, from: "D", to: "A" })).toBe(false);
    expect(wouldCreateCycle({ edges, from: "C", to: "D" })).toBe(false);
  });

  it("allows diamonds (shared dependencies are not cycles)", () => {
    const edges = [e("A", "B"), e("A", "C"), e("B", "D"), e("C", "D")];
    expect(wouldCreateCycle({ edges, from: "B", to: "C" })).toBe(false);
    expect(wouldCreateCycle({ edges, from: "A", to: "D" })).toBe(false);
    expect(wouldCreateCycle({ edges, from: "D", to: "A" })).toBe(true);
  });

  it("respects edge direction", () => {
    // A depends on B; adding B depends on C is fine, C depends on A closes the loop.
    const edges = [e("A", "B"), e("B", "C")];
    expect(wouldCreateCycle({ edges, from: "C", to: "A" })).toBe(true);
    expect(wouldCreateCycle({ edges, from: "C", to: "B" })).toBe(true);
    expect(wouldCreateCycle({ edges, from: "B", to: "A" })).toBe(true);
  });

  it("ignores unrelated existing cycles", () => {
    const edges = [e("X", "Y"), e("Y", "X"), e("A", "B")];
    expect(wouldCreateCycle({ edges, from: "B", to: "C" })).toBe(false);
    expect(wouldCreateCycle({ edges, from: "A", to: "X" })).toBe(false);
  });

  it("terminates on graphs that already contain cycles reachable from `to`", () => {
    const edges = [e("B", "C"), e("C", "B")];
    expect(wouldCreateCycle({ edges, from: "A", to: "B" })).toBe(false);
    expect(wouldCreateCycle({ edges: [...edges, e("C", "A")], from: "A", to: "B" })).toBe(true);
  });

  it("handles a long chain without recursion limits", () => {
    const n = 200_000;
    const edges: DependencyEdge[] = [];
    for (let i = 0; i < n - 1; i++) edges.push(e(`m${i}`, `m${i + 1}`));
    // m0 → m1 → … → m(n-1); making the last depend on the first closes the loop.
    expect(wouldCreateCycle({ edges, from: `m${n - 1}`, to: "m0" })).toBe(true);
    expect(wouldCreateCycle({ edges, from: "m0", to: `m${n - 1}` })).toBe(false);
    expect(wouldCreateCycle({ edges, from: `m${n - 1}`, to: "other" })).toBe(false);
  });
});

describe("findCyclePath", () => {
  it("returns null when there is no cycle", () => {
    expect(findCyclePath({ edges: [], from: "A", to: "B" })).toBeNull();
    expect(findCyclePath({ edges: [e("A", "B"), e("B", "C")], from: "A", to: "C" })).toBeNull();
  });

  it("returns [A, A] for self-dependency", () => {
    expect(findCyclePath({ edges: [], from: "A", to: "A" })).toEqual(["A", "A"]);
  });

  it("returns the cycle starting and ending with `from`", () => {
    expect(findCyclePath({ edges: [e("B", "A")], from: "A", to: "B" })).toEqual(["A", "B", "A"]);
    expect(findCyclePath({ edges: [e("B", "C"), e("C", "A")], from: "A", to: "B" })).toEqual(["A", "B", "C", "A"]);
  });

  it("returns a shortest cycle when several exist", () => {
    const edges = [e("B", "C"), e("C", "D"), e("D", "A"), e("B", "A"), e("B", "X"), e("X", "A")];
    expect(findCyclePath({ edges, from: "A", to: "B" })).toEqual(["A", "B", "A"]);
  });

  it("returns a valid path in a branching graph", () => {
    const edges = [e("B", "C"), e("B", "D"), e("C", "E"), e("D", "F"), e("F", "G"), e("G", "A"), e("E", "H"), e("X", "B")];
    const path = findCyclePath({ edges, from: "A", to: "B" });
    expect(path).toEqual(["A", "B", "D", "F", "G", "A"]);
    expectValidCycle(path, edges, "A", "B");
  });

  it("works with UUID ids and unordered edges", () => {
    const ids = ["2c1a8f64-4b44-4b5e-9f0e-3a1f2b3c4d5e", "7d9e1c2b-0f3a-4e5d-8c6b-1a2b3c4d5e6f", "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"];
    const [a, b, c] = ids as [string, string, string];
    const edges = [e(c, a), e(b, c)];
    expect(findCyclePath({ edges, from: a, to: b })).toEqual([a, b, c, a]);
  });

  it("returns the full path for a long chain", () => {
    const n = 100_000;
    const edges: DependencyEdge[] = [];
    // Insert edges in reverse order to make sure order does not matter.
    for (let i = n - 2; i >= 0; i--) edges.push(e(`m${i}`, `m${i + 1}`));
    const path = findCyclePath({ edges, from: `m${n - 1}`, to: "m0" });
    expect(path).not.toBeNull();
    expect(path).toHaveLength(n + 1);
    expect(path?.[0]).toBe(`m${n - 1}`);
    expect(path?.[1]).toBe("m0");
    expect(path?.[n - 1]).toBe(`m${n - 2}`);
    expect(path?.[n]).toBe(`m${n - 1}`);
  });

  it("is fast on a large dense-ish graph (linear time)", () => {
    // Layered DAG: 200 layers × 50 nodes (~500k edges), each node depends on every node of the next layer.
    const layers = 200;
    const width = 50;
    const edges: DependencyEdge[] = [];
    for (let l = 0; l < layers - 1; l++) {
      for (let i = 0; i < width; i++) {
        for (let j = 0; j < width; j++) edges.push(e(`L${l}_${i}`, `L${l + 1}_${j}`));
      }
    }
    const started = performance.now();
    expect(findCyclePath({ edges, from: "new", to: "L0_0" })).toBeNull();
    const path = findCyclePath({ edges, from: `L${layers - 1}_0`, to: "L0_0" });
    expect(path).toHaveLength(layers + 1);
    expectValidCycle(path, edges, `L${layers - 1}_0`, "L0_0");
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
