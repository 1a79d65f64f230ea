import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/db";
import { type AuditEvent, appendAudit, verifyAuditChain } from "./audit";
import { openAuditWriter } from "./audit-writer";
import { openDatabase } from "./db";
import { migrate } from "./migrate";
import type { AuditOutcome } from "./schema";

const clinicId = randomUUID();
const event = (requestId: string, outcome: AuditOutcome = "success"): AuditEvent => ({
  at: new Date(Date.UTC(2026, 0, 1, 9, 0, 0)),
  actorId: randomUUID(),
  actorRole: "nurse",
  actorEmail: "nurse@example.test",
  action: "patient.read",
  resourceType: "patient",
  resourceId: randomUUID(),
  clinicId,
  requestId,
  outcome,
});
const events = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => event(`${prefix}-${i}`));

describe("group-commit audit writer", () => {
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

  /** Entries whose request id starts with the prefix, with the transaction that wrote each. */
  const stored = async (prefix: string) => {
    const { rows } = await sql<{ seq: string; requestId: string; xmin: string }>`
      select seq, request_id, xmin::text from audit_log where request_id like ${`${prefix}-%`} order by seq`.execute(
      db,
    );
    return rows;
  };

  it("commits 200 concurrent appends together: each caller gets its own committed entry, the chain holds", async () => {
    const writer = openAuditWriter(db);
    const sent = events("burst", 200);
    const entries = await Promise.all(sent.map((e) => appendAudit(db, e)));
    await writer.close();

    expect(entries.map((e) => e.requestId)).toEqual(sent.map((e) => e.requestId));
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const rows = await stored("burst");
    expect(rows.map((r) => [Number(r.seq), r.requestId])).toEqual(entries.map((e) => [e.seq, e.requestId]));
    // Appends made in the same moment share one transaction, hence one commit.
    expect(new Set(rows.map((r) => r.xmin)).size).toBe(1);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 200 });
  });

  it("keeps one linear chain when standalone appends interleave with appends inside write transactions", async () => {
    const writer = openAuditWriter(db);
    const standalone = events("mixed-standalone", 120);
    const inWrites = events("mixed-write", 30);
    const appended = await Promise.all([
      ...standalone.map(async (e, i) => {
        // Spread over several ticks so batches form while earlier ones commit.
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 1));
        return appendAudit(db, e);
      }),
      ...inWrites.map((e) =>
        db.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          return appendAudit(trx, e);
        }),
      ),
    ]);
    await writer.close();

    expect(new Set(appended.map((e) => e.seq)).size).toBe(150);
    expect((await stored("mixed-standalone")).length).toBe(120);
    expect((await stored("mixed-write")).length).toBe(30);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 350 });
  });

  it("rejects every waiter of a batch that fails to commit and writes none of it", async () => {
    const writer = openAuditWriter(db);
    // The outcome column's CHECK constraint refuses this entry, failing the batch it was queued with.
    const batch = [...events("failed", 5), event("failed-bad", "forged" as AuditOutcome)];
    const results = await Promise.allSettled(batch.map((e) => appendAudit(db, e)));

    expect(results.map((r) => r.status)).toEqual(Array(6).fill("rejected"));
    for (const r of results) expect(r.status === "rejected" && String(r.reason)).toMatch(/check constraint/);
    expect(await stored("failed")).toEqual([]);
    // The writer carries on with the next batch.
    const next = await appendAudit(db, event("after-failure-0"));
    expect(next.seq).toBe(351);
    await writer.close();
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 351 });
  });

  it("drains everything queued before close returns, then appends take a transaction each", async () => {
    const writer = openAuditWriter(db);
    const pending = events("drained", 40).map((e) => appendAudit(db, e));
    await writer.close();
    // Committed by the time close returned, before anyone awaited the appends themselves.
    expect((await stored("drained")).length).toBe(40);
    await Promise.all(pending);

    await expect(writer.append(event("refused"))).rejects.toThrow(/closed/);
    const after = await Promise.all(events("unbatched", 3).map((e) => appendAudit(db, e)));
    expect(after.map((e) => e.seq).sort((a, b) => a - b)).toEqual([392, 393, 394]);
    expect(new Set((await stored("unbatched")).map((r) => r.xmin)).size).toBe(3);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 394 });
  });
});
