import { describe, expect, it } from "vitest";
import { dropRunningLines, rebuildPageLines } from "./pdf-lines";

const item = (str: string, x: number, y: number, width = str.length * 5) => ({ str, x, y, width, height: 10 });

describe("rebuildPageLines", () => {
  it("groups items by baseline, orders them by x and splits wide gaps into cells", () => {
    const lines = rebuildPageLines([
      item("slutt", 300, 700),
      item("IKT01", 50, 701),
      item("Nytt", 100, 700),
      item("nett", 123, 700),
      item("Neste linje", 50, 688),
    ]);
    expect(lines).toEqual([{ text: "IKT01 Nytt nett slutt", cells: ["IKT01", "Nytt nett", "slutt"] }, { text: "Neste linje" }]);
  });

  it("marks a paragraph break where the vertical gap is wide", () => {
    expect(rebuildPageLines([item("Først", 50, 700), item("Så", 50, 650)])).toEqual([{ text: "Først" }, { text: "" }, { text: "Så" }]);
  });
});

describe("dropRunningLines", () => {
  const page = (n: number, body: string) => ({ lines: [{ text: "Handlingsplan 2024" }, { text: body }, { text: `Side ${n} av 3` }] });

  it("drops headers and footers that repeat on most pages, page numbers ignored", () => {
    const { pages, dropped } = dropRunningLines([page(1, "Alfa"), page(2, "Beta"), page(3, "Gamma")]);
    expect(pages.map((p) => p.lines.map((l) => l.text))).toEqual([["Alfa"], ["Beta"], ["Gamma"]]);
    expect(dropped).toBe(6);
  });

  it("keeps everything in short documents and keeps repeated table headers", () => {
    expect(dropRunningLines([page(1, "Alfa"), page(2, "Beta")]).dropped).toBe(0);
    const header = { text: "Nr Tiltak", cells: ["Nr", "Tiltak"] };
    const pages = [1, 2, 3].map((n) => ({ lines: [header, { text: `Rad ${n}${"x".repeat(n)}` }] }));
    expect(dropRunningLines(pages).pages[2].lines).toContain(header);
  });
});
