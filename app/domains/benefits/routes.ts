import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const benefitRoutes: RouteConfigEntry[] = [
  route("benefits", "domains/benefits/routes/benefits.tsx"),
  route("measures/:id/benefits/new", "domains/benefits/routes/benefits.new.tsx"),
  route("benefits/:id", "domains/benefits/routes/benefits.$id.tsx"),
  route("benefits/:id/edit", "domains/benefits/routes/benefits.$id.edit.tsx"),
  route("benefits/portfolio", "domains/benefits/routes/benefits.portfolio.tsx"),
  // Benefit map (nyttekart) per measure and per goal.
  route("measures/:id/benefit-map", "domains/benefits/routes/measures.$id.benefit-map.tsx"),
  route("goals/:id/benefit-map", "domains/benefits/routes/goals.$id.benefit-map.tsx"),
  route("benefits/:id/history", "domains/benefits/routes/benefits.$id.history.tsx"),
  route("indicators/:id/edit", "domains/benefits/routes/indicators.$id.edit.tsx"),
  route("measurements/:id/edit", "domains/benefits/routes/measurements.$id.edit.tsx"),
];
