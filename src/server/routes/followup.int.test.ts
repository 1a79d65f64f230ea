import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoardHub } from "../chair/hub";
import { chart, demoSessionsToday, passGate, readEvents, today } from "../chair/testing";
import { sweepFollowup } from "../followup/sweep";
import { redFlags } from "../followup/testing";
import { type Session, signIn, startTestServer, type TestServer } from "../testing";

let server: TestServer;
let nurse: Session;
let physician: Session;
let patient: Session;
let sessionId: string;

const BLOOD_IN_URINE = { symptoms: [], redFlags: redFlags(["fu.red-flag.bladder"]) };
const report = (as: Session, body: Record<string, unknown>) =>
  as.request("POST", "/api/me/reports", { body: { clientId: crypto.randomUUID(), ...body } });

/** Runs the patient login's demo session of today from the checks to discharge, with pain scored before. */
async function infuseAndDischarge(id: string): Promise<void> {
  await passGate(nurse, id);
  await chart(nurse, id, { kind: "score", scale: "nrs", value: 8 });
  const start = Date.now();
  await chart(nurse, id, { kind: "infusion-start", rateMgPerHour: 20 }, { at: new Date(start) });
  await chart(
    nurse,
    id,
    { kind: "side-effect", sideEffectId: "nausea", grade: 2 },
    { at: new Date(start + 500) },
  );
  await chart(nurse, id, { kind: "stop", reason: "completed" }, { at: new Date(start + 1000) });
  const done = await chart(nurse, id, {
    kind: "discharge",
    note: "Seen by the physician; went home with escort",
  });
  if (done.status !== 201) throw new Error(`discharge: ${done.status} ${JSON.stringify(done.body)}`);
}

beforeAll(async () => {
  server = await startTestServer();
  nurse = await signIn(server.base, "nurse1@demo.ketaguard.test");
  physician = await signIn(server.base, "physician@demo.ketaguard.test");
  patient = await signIn(server.base, "patient@demo.ketaguard.test");
  await demoSessionsToday(server, nurse);
  const board = await nurse.request("GET", `/api/board?date=${today()}`);
  sessionId = board.body.cards.find(
    (c: { session: { patient: { id: string } } }) => c.session.patient.id === patient.me.patientId,
  ).session.id;
  await infuseAndDischarge(sessionId);
});
afterAll(() => server?.close());

describe("the patient portal", () => {
  it("shows the check-ins after the infusion and the pain scored before it", async () => {
    const res = await patient.request("GET", "/api/me/portal");
    expect(res.status).toBe(200);
    expect(res.body.checkins.upcoming.map((c: { slot: string }) => c.slot)).toEqual([
      "fu.checkin.24h",
      "fu.checkin.72h",
      "fu.checkin.7d",
    ]);
    expect(res.body.pain).toEqual([expect.objectContaining({ value: 8, source: "before-infusion" })]);
    expect(res.body.responseTimeText).toMatch(/not|no one/i);
    expect((await nurse.request("GET", "/api/me/portal")).status).toBe(403);
  });
});

describe("reporting a red flag", () => {
  it("tells the patient to call at once and puts a high-priority item at the top of the live worklist", async () => {
    let submitted: {
      body: { report: { level: string; triage: { patientMessage: string }; id: string } };
    } | null = null;
    const events = await readEvents(server.base, nurse.cookie, (e) => e.event === "worklist", {
      onOpen: async () => {
        submitted = await report(patient, { answers: { ...BLOOD_IN_URINE, painAverageNrs: 3 } });
      },
    });
    const sent = submitted!.body.report;
    expect(sent.level).toBe("emergency");
    expect(sent.triage.patientMessage).toMatch(/call/i);
    const live = events.find((e) => e.event === "worklist")!.data as {
      change: string;
      item: { priority: string; report: { id: string } };
    };
    expect(live.change).toBe("opened");
    expect(live.item.priority).toBe("high");
    expect(live.item.report.id).toBe(sent.id);

    const list = await nurse.request("GET", "/api/worklist");
    expect(list.body.items[0].report.id).toBe(sent.id);
    expect(list.body.items[0].patient.id).toBe(patient.me.patientId);
    // Staff read what the warning sign means clinically, not the question the patient answered.
    expect(list.body.items[0].reasons[0].text).toMatch(/urology/i);
    expect((await patient.request("GET", "/api/worklist")).status).toBe(403);

    // The report attaches to the infusion it followed, for analytics.
    const { rows } = await sql<{ sideEffectIds: string[]; painFollowup: number }>`
      select side_effect_ids, pain_followup from infusion_summaries where session_id = ${sessionId}`.execute(
      server.db,
    );
    expect(rows[0]!.sideEffectIds).toContain("ketamine-cystitis");
    expect(rows[0]!.painFollowup).toBe(3);
  });

  it("stores a retried report once and opens one item for it", async () => {
    const body = { clientId: "retry-report-1", answers: BLOOD_IN_URINE };
    const first = await patient.request("POST", "/api/me/reports", { body });
    const again = await patient.request("POST", "/api/me/reports", { body });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.report.id).toBe(first.body.report.id);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from worklist_events where report_id = ${first.body.report.id}`.execute(
      server.db,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it("closes the item with the call the nurse records, and refuses a second closing call", async () => {
    const open = (await nurse.request("GET", "/api/worklist")).body.items;
    const item = open[0];
    const noAnswer = await nurse.request("POST", `/api/worklist/${item.id}/calls`, {
      body: { advice: "Rang twice, no answer", outcome: "no-answer" },
    });
    expect(noAnswer.status).toBe(201);
    expect(noAnswer.body.item.closedAt).toBeNull();
    const done = await nurse.request("POST", `/api/worklist/${item.id}/calls`, {
      body: { advice: "Advised urgent urine test and urology review today", outcome: "review-booked" },
    });
    expect(done.status).toBe(201);
    expect(done.body.item.calls).toHaveLength(2);
    const after = (await physician.request("GET", "/api/worklist")).body.items;
    expect(after.map((i: { id: string }) => i.id)).not.toContain(item.id);
    const again = await nurse.request("POST", `/api/worklist/${item.id}/calls`, {
      body: { advice: "x", outcome: "other" },
    });
    expect(again.status).toBe(409);
  });
});

describe("triage levels and bad input", () => {
  it("gives self-care advice for a mild symptom without a worklist item", async () => {
    const res = await report(patient, {
      slot: "fu.checkin.24h",
      answers: {
        symptoms: [{ itemId: "fu.pro.nausea", answers: { frequency: 1, severity: 1 } }],
        redFlags: redFlags([]),
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.report.level).toBe("self-care");
    expect(res.body.report.triage.selfCare[0].whatToDo).toEqual(expect.any(String));
    const portal = await patient.request("GET", "/api/me/portal");
    const slots = [...portal.body.checkins.upcoming, ...portal.body.checkins.due].map(
      (c: { slot: string }) => c.slot,
    );
    expect(slots).not.toContain("fu.checkin.24h");
  });

  it("names the field of a bad answer, an unknown check-in or another patient's infusion", async () => {
    const bad = await report(patient, {
      answers: { symptoms: [{ itemId: "fu.pro.nope", answers: { severity: 1 } }], redFlags: redFlags([]) },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("/answers/symptoms/0/itemId");
    const slot = await report(patient, { slot: "fu.checkin.99d", answers: BLOOD_IN_URINE });
    expect(slot.status).toBe(400);
    expect(slot.body.errors[0].path).toBe("/slot");
    const other = await report(patient, {
      sessionId: "00000000-0000-4000-8000-000000000000",
      answers: BLOOD_IN_URINE,
    });
    expect(other.status).toBe(400);
    expect(other.body.errors[0].path).toBe("/sessionId");
    expect((await report(nurse, { answers: BLOOD_IN_URINE })).status).toBe(403);
  });
});

describe("the follow-up sweep", () => {
  it("queues a reminder for a due check-in and opens one worklist item for an overdue one, once", async () => {
    const { rows } = await sql<{ dischargedAt: Date }>`
      select discharged_at from infusion_summaries where session_id = ${sessionId}`.execute(server.db);
    const later = new Date(rows[0]!.dischargedAt.getTime() + 150 * 3_600_000);
    const hub = createBoardHub();
    // 150 hours on: the 1-day check-in was answered, the 3-day one is overdue, the 7-day one is due.
    expect(await sweepFollowup(server.db, hub, "test", later)).toEqual({
      remindersQueued: 1,
      itemsOpened: 1,
    });
    expect(await sweepFollowup(server.db, hub, "test", later)).toEqual({
      remindersQueued: 0,
      itemsOpened: 0,
    });
    const outbox = await sql<{ topic: string }>`select topic from outbox`.execute(server.db);
    expect(outbox.rows.map((r) => r.topic)).toEqual([`reminder:${sessionId}:fu.checkin.7d`]);
    const list = (await nurse.request("GET", "/api/worklist")).body.items;
    const overdue = list.find((i: { kind: string }) => i.kind === "overdue-checkin");
    expect(overdue.slot).toBe("fu.checkin.72h");
    expect(overdue.reasons[0].text).toMatch(/3 days after/);
  });
});

describe("clinic settings", () => {
  it("versions a change with its reason, uses it for patients, and refuses overlapping check-ins", async () => {
    const admin = await signIn(server.base, "admin@demo.ketaguard.test");
    const text = "We read reports Monday to Friday, 8am to 6pm. Call 999 if you feel unsafe.";
    const set = await admin.request("PUT", "/api/settings/followup.response-time-text", {
      body: { value: text, reason: "Clinic hours changed" },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ version: 1, value: text, reason: "Clinic hours changed" });
    expect((await patient.request("GET", "/api/me/portal")).body.responseTimeText).toBe(text);
    const overlap = await admin.request("PUT", "/api/settings/followup.checkin-hours", {
      body: { value: [24, 26], reason: "try" },
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.errors[0].path).toBe("/value");
    const hours = await admin.request("PUT", "/api/settings/followup.checkin-hours", {
      body: { value: [24, 72, 168, 336], reason: "Add a two-week check-in" },
    });
    expect(hours.status).toBe(200);
    const list = (await admin.request("GET", "/api/settings")).body.items;
    expect(list.find((s: { key: string }) => s.key === "followup.checkin-hours").value).toEqual([
      24, 72, 168, 336,
    ]);
    expect((await nurse.request("GET", "/api/settings")).status).toBe(403);
    expect(
      (await admin.request("PUT", "/api/settings/nope", { body: { value: 1, reason: "x" } })).status,
    ).toBe(404);
  });
});

describe("education, outcomes and continuation", () => {
  it("gives the patient plain-words education that recalls their last infusion", async () => {
    const res = await patient.request("GET", "/api/me/education");
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(res.body.sections.length).toBeGreaterThan(3);
    expect(text).toMatch(/sick/i);
    expect((await nurse.request("GET", "/api/me/education")).status).toBe(403);
  });

  it("shows the clinic the patient's infusions, cumulative dose and a stop recommendation after blood in the urine", async () => {
    const res = await physician.request("GET", `/api/patients/${patient.me.patientId}/outcomes`);
    expect(res.status).toBe(200);
    expect(res.body.infusions).toHaveLength(1);
    expect(res.body.infusions[0].worstGrade).toBe(2);
    expect(res.body.infusions[0].reportedAtHome).toContain("ketamine-cystitis");
    expect(res.body.cumulativeDoseMg).toBeGreaterThanOrEqual(res.body.infusions[0].deliveredDoseMg);
    expect(res.body.continuation.recommendation).toBe("stop");
    expect(res.body.continuation.reasons.map((r: { text: string }) => r.text).join(" ")).toMatch(
      /urine|bladder/i,
    );
    expect(res.body.benefitRisk.totals.infusions).toBe(1);
    // Blood in the urine, reported twice (the first report and its retry-safe twin are one; a second report is another).
    expect(res.body.warningSignsReported).toBeGreaterThanOrEqual(2);
    expect((await nurse.request("GET", `/api/patients/${patient.me.patientId}/outcomes`)).status).toBe(200);
    expect((await patient.request("GET", `/api/patients/${patient.me.patientId}/outcomes`)).status).toBe(403);
  });

  it("books tapering boosters from the approved plan, checking limits and clashes", async () => {
    const chairs = (await nurse.request("GET", "/api/chairs")).body.items;
    const first = new Date(Date.now() + 30 * 86_400_000);
    first.setUTCHours(9, 0, 0, 0);
    const body = {
      patternId: "fu.booster.doubling",
      count: 3,
      firstAt: first.toISOString(),
      chairId: chairs[0].id,
    };
    const path = `/api/patients/${patient.me.patientId}/boosters`;
    expect((await nurse.request("POST", path, { body })).status).toBe(403);
    // Three more infusions take the Cleveland course past its soft per-kg total: a reason is needed, as on a plan.
    const unreasoned = await physician.request("POST", path, { body });
    expect(unreasoned.status).toBe(422);
    const limits: string[] = unreasoned.body.errors.map((e: { path: string }) => e.path.split("/").at(-1));
    expect(limits.every((l) => /soft/.test(l))).toBe(true);
    const reasons = Object.fromEntries(
      limits.map((l) => [l, "Responded well; boosters agreed with the patient"]),
    );
    const booked = await physician.request("POST", path, { body: { ...body, overrideReasons: reasons } });
    expect(booked.status).toBe(201);
    const starts = booked.body.sessions.map(
      (s: { startsAt: string }) => Date.parse(s.startsAt) - first.getTime(),
    );
    expect(starts).toEqual([0, 7 * 86_400_000, 21 * 86_400_000]);
    // The reasons are kept with the booking, as the physician's record of the decision.
    const outcomes = await physician.request("GET", `/api/patients/${patient.me.patientId}/outcomes`);
    expect(outcomes.body.boosters).toEqual([
      expect.objectContaining({
        patternId: "fu.booster.doubling",
        overrideReasons: reasons,
        bookedBy: physician.me.id,
      }),
    ]);
    // The same first date again: once every limit has its reason, the patient's own booking clashes.
    const once = { ...body, count: 1, overrideReasons: reasons };
    let again = await physician.request("POST", path, { body: once });
    if (again.body.code === "plan.soft_limit_reason_required") {
      const more = again.body.errors.map((e: { path: string }) => [e.path.split("/").at(-1), "Agreed"]);
      const retry = { ...once, overrideReasons: { ...reasons, ...Object.fromEntries(more) } };
      again = await physician.request("POST", path, { body: retry });
    }
    expect(again.status).toBe(409);
    const past = await physician.request("POST", path, {
      body: { ...body, firstAt: "2020-01-01T09:00:00Z" },
    });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].path).toBe("/firstAt");
  });
});
