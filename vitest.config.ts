import { defineConfig } from "vitest/config";

/**
 * Test projects:
 * - unit: pure code, next to it as `x.test.ts`.
 * - int-embedded: `*.int.test.ts` (database or socket) against the embedded PostgreSQL.
 * - int-server: the same files against the server named by TEST_DATABASE_URL, when it is set.
 * - e2e: browser tests in `e2e/`, driving Chromium through playwright-core.
 */
const intTests = ["src/**/*.int.test.ts", "test/**/*.int.test.ts"];
const serverUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "web/**/*.test.ts", "test/**/*.test.ts"],
          exclude: intTests,
        },
      },
      {
        test: {
          name: "int-embedded",
          include: intTests,
          globalSetup: ["test/support/global-db.ts"],
          env: { KG_TEST_DB_TARGET: "embedded" },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      ...(serverUrl
        ? [
            {
              test: {
                name: "int-server",
                include: intTests,
                globalSetup: ["test/support/global-db.ts"],
                env: { KG_TEST_DB_TARGET: "server" },
                testTimeout: 30_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["test/support/global-db.ts"],
          env: { KG_TEST_DB_TARGET: serverUrl ? "server" : "embedded" },
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/clinical/**/*.ts"],
      exclude: ["src/clinical/**/*.test.ts"],
      thresholds: { lines: 95 },
      reporter: ["text-summary", "text"],
    },
  },
});
