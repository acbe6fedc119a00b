import { layout, route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("api/v1/measures", "domains/measures/routes/api.v1.measures.ts"),
  route("api/v1/measures/export.xlsx", "domains/measures/routes/api.v1.measures.export.xlsx.ts"),
  route("api/v1/measures/export.csv", "domains/measures/routes/api.v1.measures.export.csv.ts"),
  route("api/v1/measures/:id", "domains/measures/routes/api.v1.measures.$id.ts"),
  route("api/v1/measures/:id/history", "domains/measures/routes/api.v1.measures.$id.history.ts"),
  route("measures", "domains/measures/routes/measures.tsx"),
  route("measures/new", "domains/measures/routes/measures.new.tsx"),
  // The pages of one measure load it once, in the layout "measure"; the benefits and reporting domains add theirs
  // (their routes.ts `children.measure`). Pathless, so the measure page is no index route and its forms post to
  // /measures/:id itself.
  layout("domains/measures/routes/measures.$id.layout.tsx", { id: "measure" }, [
    route("measures/:id", "domains/measures/routes/measures.$id.tsx"),
    route("measures/:id/edit", "domains/measures/routes/measures.$id.edit.tsx"),
    route("measures/:id/history", "domains/measures/routes/measures.$id.history.tsx"),
  ]),
];
