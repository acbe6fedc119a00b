import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOMAINS, catalogue, listNavigation } from "~/domains";
import routes from "~/routes";

const domainsDir = path.resolve(import.meta.dirname);

describe("the domain registry", () => {
  it("lists every domain folder, so no folder's routes, texts or menu entries are silently left out", () => {
    const folders = readdirSync(domainsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(domainsDir, entry.name, "domain.ts")))
      .map((entry) => entry.name)
      .sort();
    expect(DOMAINS.map((domain) => domain.name).sort()).toEqual(folders);
  });

  it("builds the route config from every domain's routes.ts", () => {
    const files = JSON.stringify(routes);
    for (const domain of ["tenancy", "plan", "measures", "benefits", "reporting", "report", "public", "import", "dashboard", "api"]) {
      expect(files, domain).toContain(`domains/${domain}/routes/`);
    }
  });

  it("has the same keys in bokmål and nynorsk", () => {
    expect(Object.keys(catalogue.nn).sort()).toEqual(Object.keys(catalogue.nb).sort());
  });

  it("shows each role only the menu entries its capabilities allow, in order", () => {
    const menu = (role: "admin" | "coordinator" | "contributor" | "reader") => listNavigation({ role }).map((item) => item.to);
    expect(menu("admin")).toEqual([
      "/dashboard",
      "/measures",
      "/benefits",
      "/goals",
      "/strategies",
      "/reporting",
      "/import",
      "/reports",
      "/admin/users",
      "/admin/settings",
    ]);
    expect(menu("coordinator")).toEqual(["/dashboard", "/measures", "/benefits", "/goals", "/strategies", "/reporting", "/import", "/reports"]);
    expect(menu("reader")).toEqual(["/dashboard", "/measures", "/benefits", "/goals", "/strategies", "/reports"]);
  });
});
