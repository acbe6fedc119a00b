import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        plugins: [tsconfigPaths()],
        test: {
          name: "db",
          include: ["app/**/*.test.ts", "app/**/*.test.tsx", "tests/db/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/console.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [tsconfigPaths()],
        test: {
          // The tests of the lint tooling itself (tests/lint/).
          name: "lint",
          include: ["tests/lint/**/*.test.ts"],
          exclude: ["tests/lint/fixtures/**"],
          environment: "node",
          setupFiles: ["tests/setup/console.ts"],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [tsconfigPaths()],
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/console.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll() gives up after 1 s by default: too short for a page to re-render on a slow, busy machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
