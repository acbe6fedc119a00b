import type { FundingSource, MeasureStatus } from "~/domains/measures";

/** Fills for the status and funding charts; like the kit's palette, each carries white labels (≥ 4.5:1). */
export const STATUS_COLORS: Record<MeasureStatus, string> = {
  idea: "#5c6670",
  proposed: "#8a2d6b",
  prioritised: "#0e6e6e",
  planned: "#1f5fa6",
  in_progress: "#a35200",
  completed: "#1e7a3c",
  dropped: "#b3261e",
  merged: "#7a5230",
};

export const FUNDING_COLORS: Record<FundingSource, string> = {
  digitalisation_funds: "#1f5fa6",
  own_budget: "#1e7a3c",
  investment_budget: "#6a3d9a",
  external_grant: "#a35200",
  unknown: "#5c6670",
};
