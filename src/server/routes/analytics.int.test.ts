import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIDE_EFFECT_IDS } from "../../clinical/catalogue/types";
import { wilson } from "../../clinical/followup/analytics";
import { findClinic } from "../../store/clinics";
import { insertReport } from "../../store/reports";
import { insertSessions } from "../../store/schedule";
import { type InfusionSummary, saveSummary } from "../../store/summaries";
import { seedDemoClinicalHistory } from "../demo";
import { type Session, signIn, startTestServer, type TestServer } from "../testing";

let server: TestServer;
let physician: Session;
let clinicId: string;
let seeded: InfusionSummary[];

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5);

/** A random but reproducible set of discharged infusions, written straight to the summaries. */
const summaries = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 300 }),
    protocolId: fc.constantFrom("schwartzman", "cleveland", "custom"),
    indication: fc.constantFrom("crps", "fibromyalgia", null),
    doseMgPerKg: fc.double({ min: 0.1, max: 6, noNaN: true }),
    effects: fc.uniqueArray(fc.constantFrom(...SIDE_EFFECT_IDS.slice(0, 6)), { maxLength: 3 }),
    alerts: fc.integer({ min: 0, max: 4 }),
    painBefore: fc.option(fc.integer({ min: 0, max: 10 })),
    painFollowup: fc.option(fc.integer({ min: 0, max: 10 })),
  }),
  { minLength: 40, maxLength: 80 },
);

beforeAll(async () => {
  server = await startTestServer();
  physician = await signIn(server.base, "physician@demo.ketaguard.test");
  await seedDemoClinicalHistory(server.db, new Date());
  clinicId = (await findClinic(server.db, "Harbour Pain Clinic"))!.id;
  const { rows } = await sql<{ id: string; patientId: string; planId: string; chairId: string }>`
    select id, patient_id, plan_id, chair_id from infusion_sessions where clinic_id = ${clinicId} limit 1`.execute(
    server.db,
  );
  const template = rows[0]!;
  const sample = fc.sample(summaries, { numRuns: 1, seed: 20261125 })[0]!;
  const ids = await insertSessions(
    server.db,
    clinicId,
    sample.map((s, i) => ({
      patientId: template.patientId,
      planId: template.planId,
      chairId: template.chairId,
      startsAt: new Date(START + s.day * DAY + i * 60_000),
      durationMin: 60,
    })),
    new Date(),
  );
  seeded = sample.map((s, i) => ({
    sessionId: ids[i]!,
    patientId: template.patientId,
    protocolId: s.protocolId,
    indication: s.indication,
    dischargedAt: new Date(START + s.day * DAY + i * 60_000 + 3_600_000),
    deliveredDoseMg: s.doseMgPerKg * 70,
    doseMgPerKg: s.doseMgPerKg,
    sideEffects: Object.fromEntries(s.effects.map((e) => [e, 1])),
    sideEffectIds: s.effects,
    alerts: s.alerts,
    alertsAcknowledged: Math.min(s.alerts, 1),
    alertsActedOn: s.alerts > 2 ? 1 : 0,
    painBefore: s.painBefore,
    painFollowup: s.painFollowup,
  }));
  for (const s of seeded) await saveSummary(server.db, clinicId, s, new Date());
  // Nausea reported after six of the infusions, starting at these hours after discharge.
  for (const [i, hours] of ONSET_HOURS.entries()) {
    const s = seeded[i]!;
    await insertReport(
      server.db,
      clinicId,
      {
        patientId: s.patientId,
        sessionId: s.sessionId,
        slot: null,
        clientId: `onset-${i}`,
        answers: {},
        triage: { level: "self-care", reasons: [], selfCare: [{ sideEffectId: "nausea" }] },
        level: "self-care",
        onsetAt: new Date(s.dischargedAt.getTime() + hours * 3_600_000),
        submittedBy: physician.me.id,
        kbVersion: "test",
      },
      new Date(),
    );
  }
});
const ONSET_HOURS = [-0.5, 2, 5, 10, 30, 400];
afterAll(() => server?.close());

/** The same figures counted directly from the seeded rows, without SQL. */
function expected(from: number, to: number) {
  const inPeriod = seeded.filter((s) => s.dischargedAt.getTime() >= from && s.dischargedAt.getTime() < to);
  const incidence = (rows: InfusionSummary[], id: string) =>
    wilson(rows.filter((r) => r.sideEffectIds.includes(id)).length, rows.length);
  return { inPeriod, incidence };
}

describe("clinic analytics", () => {
  it("matches an independent count of the seeded infusions, overall, by protocol and by dose band", async () => {
    const res = await physician.request("GET", "/api/analytics?from=2026-02-01&to=2026-08-31");
    expect(res.status).toBe(200);
    const { inPeriod, incidence } = expected(Date.UTC(2026, 1, 1), Date.UTC(2026, 8, 1));
    expect(res.body.infusions).toBe(inPeriod.length);
    for (const row of res.body.incidence) {
      const want = incidence(inPeriod, row.sideEffectId);
      expect([row.sideEffectId, row.infusions, row.per100]).toEqual([
        row.sideEffectId,
        inPeriod.filter((s) => s.sideEffectIds.includes(row.sideEffectId)).length,
        Math.round(want!.estimate * 10) / 10,
      ]);
      expect(row.ci95).toEqual([Math.round(want!.lower * 10) / 10, Math.round(want!.upper * 10) / 10]);
    }
    for (const group of res.body.byProtocol) {
      const rows = inPeriod.filter((s) => s.protocolId === group.group);
      expect(group.incidence[0].total).toBe(rows.length);
    }
    const band = (d: number) => (d < 1 ? 0 : d < 2 ? 1 : d < 4 ? 2 : 3);
    for (const group of res.body.byDoseBand) {
      expect(group.incidence[0].total).toBe(
        inPeriod.filter((s) => band(s.doseMgPerKg) === Number(group.group)).length,
      );
    }
  });

  it("counts responders as a fall in pain of 30% or more, and the alert burden", async () => {
    const res = await physician.request("GET", "/api/analytics?from=2026-01-01&to=2026-12-31");
    const { inPeriod } = expected(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    const assessed = inPeriod.filter((s) => s.painBefore !== null && s.painFollowup !== null);
    const responders = assessed.filter(
      (s) => s.painBefore! > 0 && ((s.painBefore! - s.painFollowup!) / s.painBefore!) * 100 >= 30,
    );
    const sum = (f: (r: { assessed: number; responders: number }) => number) =>
      res.body.response.reduce((t: number, r: { assessed: number; responders: number }) => t + f(r), 0);
    expect(sum((r) => r.assessed)).toBe(assessed.length);
    expect(sum((r) => r.responders)).toBe(responders.length);
    const alerts = inPeriod.reduce((t, s) => t + s.alerts, 0);
    expect(res.body.alerts.alerts).toBe(alerts);
    expect(res.body.alerts.shareAcknowledged?.events ?? 0).toBe(
      inPeriod.reduce((t, s) => t + s.alertsAcknowledged, 0),
    );
  });

  it("sets the onset of reported side effects beside the catalogue's onset window", async () => {
    const res = await physician.request("GET", "/api/analytics?from=2026-01-01&to=2026-12-31");
    const nausea = res.body.onset.find((o: { sideEffectId: string }) => o.sideEffectId === "nausea");
    expect(nausea).toMatchObject({
      reports: 6,
      medianHours: 7.5,
      beforeDischarge: 1,
      withinDay: 3,
      withinTwoWeeks: 1,
      later: 1,
      // Nausea comes during the infusion or within hours: the first four reports fit, the last two do not.
      withinCataloguePercent: 66.7,
    });
    expect(nausea.catalogueOnset).toEqual(expect.any(String));
  });

  it("exports the incidence table as CSV, and names a bad period's field", async () => {
    const csv = await fetch(`${server.base}/api/analytics/export.csv?from=2026-01-01&to=2026-12-31`, {
      headers: { cookie: physician.cookie },
    });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "grouping,group,side_effect,infusions_with_effect,infusions,per_100,ci95_low,ci95_high",
    );
    expect(lines.length).toBeGreaterThan(SIDE_EFFECT_IDS.length);
    const bad = await physician.request("GET", "/api/analytics?from=2026-05-01&to=2026-01-01");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("/to");
    const nurse = await signIn(server.base, "nurse1@demo.ketaguard.test");
    expect((await nurse.request("GET", "/api/analytics?from=2026-01-01&to=2026-12-31")).status).toBe(403);
  });
});
