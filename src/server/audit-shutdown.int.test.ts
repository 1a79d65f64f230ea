import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/db";
import { type AuditEvent, appendAudit, verifyAuditChain } from "../store/audit";
import { openDatabase } from "../store/db";
import { migrate } from "../store/migrate";
import { buildApp } from "./app";

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

const refusal = (i: number): AuditEvent => ({
  at: new Date(Date.UTC(2026, 0, 1, 9, 0, i)),
  actorId: null,
  actorRole: null,
  actorEmail: null,
  action: "access.denied",
  resourceType: "route",
  resourceId: "GET /api/users",
  clinicId: null,
  requestId: randomUUID(),
  outcome: "denied",
});

it("commits every queued standalone audit entry before the app finishes closing", async () => {
  const { app } = await buildApp({ db, logLevel: "silent" });
  await app.ready();
  // Another transaction blocks inserts into the log for a while, so entries are still queued at close.
  let release = () => {};
  const released = new Promise<void>((r) => {
    release = r;
  });
  let locked = () => {};
  const isLocked = new Promise<void>((r) => {
    locked = r;
  });
  const blocker = db.transaction().execute(async (trx) => {
    await sql`lock table audit_log in exclusive mode`.execute(trx);
    locked();
    await released;
  });
  await isLocked;
  const pending = Array.from({ length: 30 }, (_, i) => appendAudit(db, refusal(i)));
  setTimeout(release, 300);
  await app.close();

  // Checked before the appends are awaited: closing the app itself waited for their commit.
  expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 30 });
  const entries = await Promise.all(pending);
  expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  await blocker;
});
