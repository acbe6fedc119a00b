import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const benefitRoutes: RouteConfigEntry[] = [
  route("benefits", "routes/benefits.tsx"),
  route("measures/:id/benefits/new", "routes/benefits.new.tsx"),
  route("benefits/:id", "routes/benefits.$id.tsx"),
  route("benefits/:id/edit", "routes/benefits.$id.edit.tsx"),
  route("benefits/portfolio", "routes/benefits.portfolio.tsx"),
  // Benefit map (nyttekart) per measure and per goal.
  route("measures/:id/benefit-map", "routes/measures.$id.benefit-map.tsx"),
  route("goals/:id/benefit-map", "routes/goals.$id.benefit-map.tsx"),
  route("benefits/:id/history", "routes/benefits.$id.history.tsx"),
  route("indicators/:id/edit", "routes/indicators.$id.edit.tsx"),
  route("measurements/:id/edit", "routes/measurements.$id.edit.tsx"),
];
