export * from "~/domains/tenancy/db.auth";
export * from "~/domains/benefits/db";
export * from "~/domains/history/db";
export * from "~/domains/measures/db";
export * from "~/domains/plan/db";
export * from "~/domains/reporting/db";
export * from "~/domains/tenancy/db";
export * from "~/domains/import/db";
