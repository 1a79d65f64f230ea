import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/db";
import { type AuditEvent, appendAudit, listAudit, verifyAuditChain } from "./audit";
import { openDatabase } from "./db";
import { migrate } from "./migrate";

const clinicId = randomUUID();
const event = (i: number): AuditEvent => ({
  at: new Date(Date.UTC(2026, 0, 1, 9, 0, i)),
  actorId: randomUUID(),
  actorRole: "nurse",
  actorEmail: "nurse@example.test",
  action: "patient.read",
  resourceType: "patient",
  resourceId: randomUUID(),
  clinicId,
  requestId: `req-${i}`,
  outcome: "success",
});

describe("audit chain", () => {
  let t: TestDatabase;
  let db: ReturnType<typeof openDatabase>;
  beforeAll(async () => {
    t = await createTestDatabase();
    db = openDatabase(t.url);
    await migrate(db);
  });
  afterAll(async () => {
    await db.destroy();
    await t.drop();
  });

  it("stays one linear chain under concurrent appends", async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => appendAudit(db, event(i))));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 25 });
    const page = await listAudit(db, clinicId, {}, { page: 1, pageSize: 5 });
    expect(page.total).toBe(25);
    expect(page.items.map((e) => e.seq)).toEqual([25, 24, 23, 22, 21]);
    expect(page.items[0]!.prevHash).toBe(page.items[1]!.hash);
  });

  it("keeps no entry when the audited transaction rolls back", async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, event(99));
        throw new Error("write failed");
      }),
    ).rejects.toThrow("write failed");
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 25 });
  });

  it("reports the first entry whose content was altered", async () => {
    await sql`update audit_log set outcome = 'failure' where seq = 7`.execute(db);
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, count: 6, brokenAt: { seq: 7 } });
    expect(!verdict.ok && verdict.brokenAt.reason).toMatch(/content does not match/);
    await sql`update audit_log set outcome = 'success' where seq = 7`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 25 });
  });

  it("reports a deleted entry, and a rehashed entry that no longer links to its predecessor", async () => {
    await sql`delete from audit_log where seq = 12`.execute(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, count: 11, brokenAt: { seq: 13 } });
    await sql`update audit_log set prev_hash = repeat('a', 64) where seq = 3`.execute(db);
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, count: 2, brokenAt: { seq: 3 } });
    expect(!verdict.ok && verdict.brokenAt.reason).toMatch(/previous-hash/);
  });
});
