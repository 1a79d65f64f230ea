import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/db";
import { verifyAuditChain } from "./audit";
import { openDatabase } from "./db";
import { migrate } from "./migrate";
import { verifyPassword } from "./passwords";
import { DEMO_PASSWORD, seedDemoData } from "./seed";
import { findLoginCandidate } from "./users";

const CHEAP = { N: 1024, r: 8, p: 1 };

async function counts(db: ReturnType<typeof openDatabase>) {
  const { rows } = await sql<{ clinics: number; users: number; patients: number; versions: number }>`
    select (select count(*)::int from clinics) as clinics, (select count(*)::int from users) as users,
           (select count(*)::int from patients) as patients, (select count(*)::int from patient_versions) as versions`.execute(
    db,
  );
  return rows[0]!;
}

describe("demo seed", () => {
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

  it("creates both clinics once, even when two instances seed at the same time", async () => {
    const [a, b] = await Promise.all([
      seedDemoData(db, { scrypt: CHEAP }),
      seedDemoData(db, { scrypt: CHEAP }),
    ]);
    const logins = [...a, ...b];
    expect(logins.map((l) => l.email).sort()).toEqual([
      "admin@demo.ketaguard.test",
      "admin@northside.ketaguard.test",
      "nurse1@demo.ketaguard.test",
      "nurse2@demo.ketaguard.test",
      "patient@demo.ketaguard.test",
      "physician@demo.ketaguard.test",
      "physician@northside.ketaguard.test",
    ]);
    const before = await counts(db);
    expect(before).toEqual({ clinics: 2, users: 7, patients: 7, versions: 7 });
    expect(await seedDemoData(db, { scrypt: CHEAP })).toEqual([]);
    expect(await counts(db)).toEqual(before);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 2 });
  });

  it("links the demo patient login to KG-1001 and gives every account the published password", async () => {
    const patient = await findLoginCandidate(db, "Patient@Demo.Ketaguard.test");
    expect(patient).toMatchObject({ role: "patient", clinicName: "Harbour Pain Clinic" });
    const { rows } = await sql<{
      mrn: string;
    }>`select mrn from patients where id = ${patient!.patientId}`.execute(db);
    expect(rows[0]!.mrn).toBe("KG-1001");
    expect(await verifyPassword(DEMO_PASSWORD, patient!.passwordHash)).toBe(true);
    expect(await verifyPassword("demo-ketaguard-2026", patient!.passwordHash)).toBe(false);
  });
});
