import type { RouteConfig, RouteConfigEntry } from "@react-router/dev/routes";
import { DOMAINS } from "./domains";

/**
 * The route config, built from each domain's app/domains/<name>/routes.ts in the registry's order. A routes.ts exports
 * - `routes: RouteConfigEntry[]`: its top-level routes (file strings relative to app/);
 * - optionally `children: Record<string, RouteConfigEntry[]>`: its pages that belong under another domain's layout
 *   route, keyed by that route's `id`. They are appended to the layout's own children (in the registry's order), so
 *   they load below its loader; e.g. the reporting domain's status page goes under the measures domain's layout
 *   `"measure"`. A key that names no route is an error.
 * routes.ts files hold route config only: they import nothing but @react-router/dev/routes (this file's config loader
 * does not resolve `~/` aliases, and a domain reaches another only through its index files, which are no config).
 */
interface DomainRoutes {
  routes?: RouteConfigEntry[];
  children?: Record<string, RouteConfigEntry[]>;
}

const modules = import.meta.glob<DomainRoutes>("./domains/*/routes.ts", { eager: true });
const domainRoutes = DOMAINS.map((domain) => modules[`./domains/${domain.name}/routes.ts`] ?? {});

const pending = new Map<string, RouteConfigEntry[]>();
for (const { children = {} } of domainRoutes) {
  for (const [parentId, entries] of Object.entries(children)) pending.set(parentId, [...(pending.get(parentId) ?? []), ...entries]);
}

function attachChildren(entries: readonly RouteConfigEntry[]): RouteConfigEntry[] {
  return entries.map((entry) => {
    const attached = entry.id ? (pending.get(entry.id) ?? []) : [];
    if (entry.id) pending.delete(entry.id);
    const children = [...(entry.children ?? []), ...attached];
    return children.length > 0 ? { ...entry, children: attachChildren(children) } : entry;
  });
}

const config = attachChildren(domainRoutes.flatMap((d) => d.routes ?? []));
if (pending.size > 0) throw new Error(`No route with the id ${[...pending.keys()].join(", ")} for the children in a domain's routes.ts`);

export default config satisfies RouteConfig;
