import { describe, expect, it } from "vitest";
import { buildGoalTree, compareGoalNumbers, countGoals, findGoalPath, flattenGoalTree, subtreeIds, suggestGoalNumber } from "./tree";

describe("goal tree helpers", () => {
  it("orders goal numbers naturally", () => {
    const numbers = ["10", "1.10", "2", "1", "1.2", "1.1", "1.2.1"];
    expect([...numbers].sort(compareGoalNumbers)).toEqual(["1", "1.1", "1.2", "1.2.1", "1.10", "2", "10"]);
  });

  it("nests rows, sorts every level and finds paths", () => {
    const rows = [
      { id: "c", parentId: "a", number: "1.10", measureCount: 0 },
      { id: "b", parentId: "a", number: "1.2", measureCount: 2 },
      { id: "a", parentId: null, number: "1", measureCount: 0 },
      { id: "d", parentId: "b", number: "1.2.1", measureCount: 1 },
      { id: "e", parentId: "missing", number: "3", measureCount: 0 },
    ];
    const tree = buildGoalTree(rows);
    expect(flattenGoalTree(tree).map(({ node, depth }) => `${depth}:${node.number}`)).toEqual(["0:1", "1:1.2", "2:1.2.1", "1:1.10", "0:3"]);
    expect(findGoalPath(tree, "d").map((n) => n.id)).toEqual(["a", "b", "d"]);
    expect(findGoalPath(tree, "zzz")).toEqual([]);
    expect([...subtreeIds(tree[0])].sort()).toEqual(["a", "b", "c", "d"]);
    expect(countGoals(tree)).toEqual({ total: 5, withoutMeasures: 3 });
  });

  it("suggests the next number", () => {
    expect(suggestGoalNumber(null, [])).toBe("1");
    expect(suggestGoalNumber(null, ["1", "2", "10"])).toBe("11");
    expect(suggestGoalNumber("1", ["1.1", "1.2"])).toBe("1.3");
    expect(suggestGoalNumber("2.1", [])).toBe("2.1.1");
  });
});
