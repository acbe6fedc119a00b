import { defineConfig } from "drizzle-kit";

// The schema is every domain's db.ts (and db.<part>.ts): a new domain's tables are found without an edit here.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./app/domains/*/db.ts", "./app/domains/*/db.*.ts"],
  out: "./drizzle",
});
