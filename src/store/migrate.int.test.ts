import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/db";
import { openDatabase } from "./db";
import { migrate, migrationFiles } from "./migrate";

async function tableNames(url: string): Promise<string[]> {
  const db = openDatabase(url);
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  await db.destroy();
  return rows.map((r) => r.name);
}

describe("migrate", () => {
  const dbs: TestDatabase[] = [];
  const fresh = async () => {
    const t = await createTestDatabase();
    dbs.push(t);
    return t;
  };
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.drop()));
  });

  it("builds the whole schema on an empty database, and a second run changes nothing", async () => {
    const t = await fresh();
    const db = openDatabase(t.url);
    const all = (await migrationFiles()).map((f) => f.version);
    expect(await migrate(db)).toEqual(all);
    expect(await migrate(db)).toEqual([]);
    await db.destroy();
    expect(await tableNames(t.url)).toEqual([
      "alert_log",
      "audit_log",
      "booster_bookings",
      "chairs",
      "chart_entries",
      "clinic_settings",
      "clinics",
      "evaluation_signatures",
      "evaluations",
      "infusion_sessions",
      "infusion_summaries",
      "monitor_gateways",
      "outbox",
      "patient_reports",
      "patient_versions",
      "patients",
      "plan_approvals",
      "plans",
      "schema_migrations",
      "sessions",
      "users",
      "worklist_events",
    ]);
  });

  it("applies each migration exactly once when two instances start together", async () => {
    const t = await fresh();
    const a = openDatabase(t.url);
    const b = openDatabase(t.url);
    const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(a);
    await Promise.all([a.destroy(), b.destroy()]);
    const all = (await migrationFiles()).map((f) => f.version);
    expect([...ra, ...rb].sort()).toEqual(all);
    expect(rows[0]!.n).toBe(all.length);
  });

  describe("with a copy of the migration files", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "kg-migrations-"));
      await cp(new URL("./migrations/", import.meta.url), dir, { recursive: true });
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("refuses to run when an applied migration was edited afterwards", async () => {
      const t = await fresh();
      const db = openDatabase(t.url);
      const url = pathToFileURL(`${dir}/`);
      await migrate(db, url);
      await writeFile(path.join(dir, "001_foundation.sql"), "select 1;");
      await expect(migrate(db, url)).rejects.toThrow(/migration 1 \(foundation\) was changed/);
      await db.destroy();
    });
  });
});
