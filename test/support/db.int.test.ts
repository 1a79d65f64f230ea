import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./db";

describe("test databases", () => {
  it("gives each test file its own empty, durable-enough PostgreSQL database", async () => {
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    afterAll(async () => {
      await a.drop();
      await b.drop();
    });
    expect(a.url).not.toBe(b.url);
    const client = new pg.Client({ connectionString: a.url });
    await client.connect();
    const { rows } = await client.query(
      "select current_database() as db, count(*)::int as tables from pg_tables where schemaname = 'public'",
    );
    await client.end();
    expect(rows[0].db).toBe(new URL(a.url).pathname.slice(1));
    expect(rows[0].tables).toBe(0);
  });
});
