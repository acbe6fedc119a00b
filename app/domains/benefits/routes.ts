import { layout, route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("api/v1/measures/:id/benefits", "domains/benefits/routes/api.v1.measures.$id.benefits.ts"),
  route("api/v1/benefits/summary", "domains/benefits/routes/api.v1.benefits.summary.ts"),
  route("api/v1/benefits/export.xlsx", "domains/benefits/routes/api.v1.benefits.export.xlsx.ts"),
  route("api/v1/benefits/export.csv", "domains/benefits/routes/api.v1.benefits.export.csv.ts"),
  route("api/v1/benefits/:id", "domains/benefits/routes/api.v1.benefits.$id.ts"),
  route("api/v1/benefits/:id/indicators", "domains/benefits/routes/api.v1.benefits.$id.indicators.ts"),
  route("api/v1/indicators/:id", "domains/benefits/routes/api.v1.indicators.$id.ts"),
  route("api/v1/indicators/:id/measurements", "domains/benefits/routes/api.v1.indicators.$id.measurements.ts"),
  route("api/v1/measurements/export.xlsx", "domains/benefits/routes/api.v1.measurements.export.xlsx.ts"),
  route("api/v1/measurements/export.csv", "domains/benefits/routes/api.v1.measurements.export.csv.ts"),
  route("api/v1/measurements/:id", "domains/benefits/routes/api.v1.measurements.$id.ts"),
  route("benefits", "domains/benefits/routes/benefits.tsx"),
  // The pages of one benefit load it once, in the layout "benefit" (pathless, like the measure's).
  layout("domains/benefits/routes/benefits.$id.layout.tsx", { id: "benefit" }, [
    route("benefits/:id", "domains/benefits/routes/benefits.$id.tsx"),
    route("benefits/:id/edit", "domains/benefits/routes/benefits.$id.edit.tsx"),
    route("benefits/:id/history", "domains/benefits/routes/benefits.$id.history.tsx"),
  ]),
  route("benefits/portfolio", "domains/benefits/routes/benefits.portfolio.tsx"),
  // Benefit map (nyttekart) per goal; the one per measure is below the measure layout.
  route("goals/:id/benefit-map", "domains/benefits/routes/goals.$id.benefit-map.tsx"),
  route("indicators/:id/edit", "domains/benefits/routes/indicators.$id.edit.tsx"),
  route("measurements/:id/edit", "domains/benefits/routes/measurements.$id.edit.tsx"),
];

/** Pages below other domains' layout routes, by the layout's id (see app/routes.ts). */
export const children: Record<string, RouteConfigEntry[]> = {
  measure: [
    route("measures/:id/benefits/new", "domains/benefits/routes/benefits.new.tsx"),
    // Benefit map (nyttekart) of one measure.
    route("measures/:id/benefit-map", "domains/benefits/routes/measures.$id.benefit-map.tsx"),
  ],
};
