export * from "./auth";
export * from "./benefits";
export * from "./history";
export * from "./measures";
export * from "./plan";
export * from "./status";
export * from "./tenancy";
export * from "./import";
