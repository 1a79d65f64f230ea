import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../src/store/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL server the tests of this project run against. */
    adminDatabaseUrl: string;
  }
}

/**
 * Vitest global setup for tests that need PostgreSQL. The `server` target uses TEST_DATABASE_URL (CI: the
 * machine's server); the `embedded` target starts a throwaway embedded cluster for this run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const target = project.config.env?.KG_TEST_DB_TARGET ?? process.env.KG_TEST_DB_TARGET ?? "embedded";
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (target === "server") {
    if (!serverUrl) throw new Error("KG_TEST_DB_TARGET=server needs TEST_DATABASE_URL");
    project.provide("adminDatabaseUrl", serverUrl);
    return async () => {};
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "kg-test-pg-"));
  const quiet = { info: () => {}, warn: (m: string) => console.warn(m) };
  const pg = await startEmbeddedPostgres({ dataDir, logger: quiet, fsync: false });
  project.provide("adminDatabaseUrl", pg.url);
  return async () => {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
