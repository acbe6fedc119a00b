import type { RouteConfig, RouteConfigEntry } from "@react-router/dev/routes";
import { DOMAINS } from "./domains";

// Each domain lists its routes in app/domains/<name>/routes.ts; the registry's order is the config's order.
const routeLists = import.meta.glob<RouteConfigEntry[]>("./domains/*/routes.ts", { eager: true, import: "routes" });

export default DOMAINS.flatMap((domain) => routeLists[`./domains/${domain.name}/routes.ts`] ?? []) satisfies RouteConfig;
