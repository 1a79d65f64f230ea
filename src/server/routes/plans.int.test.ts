import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluationContent, patientIdByMrn, schwartzmanPlan, signedEvaluation } from "../planning/testing";
import { type Session, signIn, startTestServer, type TestServer } from "../testing";

/** A Monday. */
const NOW = new Date("2026-03-02T08:00:00.000Z");
const MEASURED = "2026-03-02T07:30:00.000Z";

describe("plans API", () => {
  let server: TestServer;
  let physician: Session;
  let nurse: Session;
  let admin: Session;
  let patient: Session;
  let otherClinic: Session;
  let chairs: { id: string; name: string }[];
  /** Tomas Berg: weighed today at 71 kg, seizure disorder and motion sickness, signed evaluation. */
  let tomas: string;
  /** Daniel Reyes: no evaluation. */
  let daniel: string;
  /** Maya Thornton: the demo patient login's record. */
  let maya: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    [physician, nurse, admin, patient, otherClinic] = await Promise.all([
      signIn(server.base, "physician@demo.ketaguard.test"),
      signIn(server.base, "nurse1@demo.ketaguard.test"),
      signIn(server.base, "admin@demo.ketaguard.test"),
      signIn(server.base, "patient@demo.ketaguard.test"),
      signIn(server.base, "physician@northside.ketaguard.test"),
    ]);
    tomas = await patientIdByMrn(physician, "KG-1004");
    daniel = await patientIdByMrn(physician, "KG-1002");
    maya = await patientIdByMrn(physician, "KG-1001");
    chairs = (await nurse.request("GET", "/api/chairs")).body.items;
    await signedEvaluation(
      physician,
      tomas,
      evaluationContent(MEASURED, {
        conditions: ["seizure-disorder", "nausea-motion-sickness"],
        vitals: {
          hr: 70,
          sbp: 120,
          dbp: 80,
          spo2: 98,
          rr: 14,
          weightKg: 71,
          heightCm: 183,
          measuredAt: MEASURED,
        },
      }),
    );
  });
  afterAll(() => server.close());

  const save = (as: Session, patientId: string, plan: unknown, previousId?: string) =>
    as.request("POST", `/api/patients/${patientId}/plans`, {
      body: { plan, ...(previousId ? { previousId } : {}) },
    });

  it("lists the demo clinic's four chairs", () => {
    expect(chairs.map((c) => c.name)).toEqual(["Chair 1", "Chair 2", "Chair 3", "Chair 4"]);
  });

  describe("preview", () => {
    it("computes pump rate, totals and the PK curve for the current weight, with suggestions from the findings", async () => {
      const res = await nurse.request("POST", "/api/plans/preview", {
        body: { patientId: tomas, plan: schwartzmanPlan() },
      });
      expect(res.status).toBe(200);
      const { computation: c, pk } = res.body;
      expect(res.body).toMatchObject({
        weightKg: 71,
        weightMeasuredOn: "2026-03-02",
        weightStale: false,
        violations: [],
      });
      // 0.35 mg/kg/h × 71 kg = 24.85 mg/h; at 1 mg/mL the pump step that keeps within 0.35 mg/kg/h is 24.8 mL/h.
      expect(c.infusion).toMatchObject({
        pumpRateMlPerHourExact: 24.85,
        pumpRateMlPerHour: 24.8,
        deliveredRateMgPerHour: 24.8,
      });
      expect(c.perInfusion.totalDoseMg).toBeCloseTo(99.2, 6);
      expect(c.perCourse).toMatchObject({ sessions: 10, sessionsDone: 0 });
      expect(c.perCourse.projectedMg).toBeCloseTo(992, 6);
      expect(c.lifetime.afterCourseMg).toBeCloseTo(992, 6);

      expect(pk.timesMin.length).toBe(pk.concentrationNgPerMl.length);
      expect(pk.timesMin.at(-1)).toBe(240 + 240);
      const atEnd = pk.concentrationNgPerMl[pk.timesMin.findIndex((t: number) => t >= 240)];
      expect(atEnd).toBe(Math.max(...pk.concentrationNgPerMl));
      expect(pk.concentrationNgPerMl.at(-1)).toBeLessThan(atEnd / 2);
      expect(pk.bands.map((b: { id: string }) => b.id)).toEqual(["analgesia", "dissociation", "anaesthetic"]);

      expect(res.body.suggestions.premedications).toContainEqual(
        expect.objectContaining({ drug: "ondansetron", reason: expect.stringMatching(/Nausea/) }),
      );
      expect(res.body.suggestions.rescueMedications).toContainEqual(
        expect.objectContaining({ forSideEffect: "seizure", drug: "midazolam" }),
      );
    });

    it("refuses an unknown protocol and a concentration no vial or dilution gives, naming the field", async () => {
      const res = await nurse.request("POST", "/api/plans/preview", {
        body: {
          patientId: tomas,
          plan: schwartzmanPlan({
            protocolId: "mystery",
            infusion: { ...schwartzmanPlan().infusion, concentrationMgPerMl: 3 },
          }),
        },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
        "/plan/protocolId",
        "/plan/infusion/concentrationMgPerMl",
      ]);
    });

    it("refuses more override reasons than there are limits, naming the field", async () => {
      const overrideReasons = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`limit.${i}`, "Why"]));
      const res = await nurse.request("POST", "/api/plans/preview", {
        body: { patientId: tomas, plan: schwartzmanPlan({ overrideReasons }) },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["/plan/overrideReasons"]);
    });

    it("is refused to patients and for another clinic's patient", async () => {
      const body = { patientId: tomas, plan: schwartzmanPlan() };
      expect((await patient.request("POST", "/api/plans/preview", { body })).status).toBe(403);
      expect((await otherClinic.request("POST", "/api/plans/preview", { body })).status).toBe(404);
    });
  });

  describe("saving a plan version", () => {
    it("needs a signed evaluation that allows treatment", async () => {
      const res = await save(physician, daniel, schwartzmanPlan({ weightConfirmedAt: NOW.toISOString() }));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe("plan.no_signed_evaluation");
    });

    it("blocks a hard limit, naming it and its sources", async () => {
      const res = await save(
        physician,
        tomas,
        schwartzmanPlan({
          protocolId: "custom",
          infusion: {
            ...schwartzmanPlan().infusion,
            order: { kind: "rate-per-kg", rateMgPerKgPerHour: 2.5 },
          },
        }),
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe("plan.hard_limit");
      expect(res.body.errors).toContainEqual({
        path: "/plan/limits/limit.rate-per-kg.hard",
        message: expect.stringMatching(/hard limit.*S130/s),
      });
      expect((await physician.request("GET", `/api/patients/${tomas}/plans`)).body.items).toEqual([]);
    });

    it("asks for a reason for each soft limit, then stores the reason with the version", async () => {
      const faster = schwartzmanPlan({
        infusion: { ...schwartzmanPlan().infusion, order: { kind: "rate-per-kg", rateMgPerKgPerHour: 0.4 } },
      });
      const refused = await save(physician, tomas, faster);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe("plan.soft_limit_reason_required");
      expect(refused.body.errors).toEqual([
        {
          path: "/plan/overrideReasons/limit.schwartzman.rate-per-kg.soft",
          message: expect.stringMatching(/soft limit/),
        },
      ]);

      const reason = "Tolerated 25 mg/h in the previous course";
      const saved = await save(physician, tomas, {
        ...faster,
        overrideReasons: { "limit.schwartzman.rate-per-kg.soft": reason },
      });
      expect(saved.status).toBe(201);
      expect(saved.body).toMatchObject({
        version: 1,
        status: "draft",
        weightKg: 71,
        approvedAt: null,
        approvedBy: null,
      });
      // The protocol's cap holds the rate at 25 mg/h whatever the order.
      expect(saved.body.computation.infusion).toMatchObject({
        cappedAtMgPerHour: 25,
        deliveredRateMgPerHour: 25,
      });
      expect(saved.body.violations).toEqual([
        expect.objectContaining({
          limitId: "limit.schwartzman.rate-per-kg.soft",
          kind: "soft",
          overrideReason: reason,
          ruleId: "limit.schwartzman.rate-per-kg.soft",
        }),
      ]);
      const list = await nurse.request("GET", `/api/patients/${tomas}/plans`);
      expect(list.body.items).toEqual([saved.body]);
    });

    it("asks for a stale weight to be re-confirmed", async () => {
      // Maya's recorded weight dates from 2026-01-12, and her evaluation repeats an older measurement.
      await signedEvaluation(physician, maya, evaluationContent("2026-01-10T09:00:00.000Z"));
      const stale = await save(physician, maya, schwartzmanPlan());
      expect(stale.status).toBe(422);
      expect(stale.body.code).toBe("plan.weight_stale");
      expect(stale.body.errors[0].path).toBe("/plan/weightConfirmedAt");
      const preview = await nurse.request("POST", "/api/plans/preview", {
        body: { patientId: maya, plan: schwartzmanPlan() },
      });
      expect(preview.body).toMatchObject({ weightKg: 64, weightMeasuredOn: "2026-01-12", weightStale: true });

      const ahead = await save(
        physician,
        maya,
        schwartzmanPlan({ weightConfirmedAt: "2026-03-03T08:00:00.000Z" }),
      );
      expect([ahead.status, ahead.body.errors]).toEqual([
        400,
        [{ path: "/plan/weightConfirmedAt", message: "must not be in the future" }],
      ]);
      const confirmed = await save(
        physician,
        maya,
        schwartzmanPlan({ weightConfirmedAt: NOW.toISOString() }),
      );
      expect(confirmed.status).toBe(201);
      expect(confirmed.body.weightKg).toBe(64);
    });

    it("is for physicians only, and another clinic cannot see the plans", async () => {
      expect((await save(nurse, tomas, schwartzmanPlan())).status).toBe(403);
      expect((await otherClinic.request("GET", `/api/patients/${tomas}/plans`)).status).toBe(404);
      expect((await patient.request("GET", `/api/patients/${maya}/plans`)).status).toBe(403);
    });
  });

  describe("approval and the schedule", () => {
    let v1: { id: string };
    let v1Sessions: { id: string; startsAt: string; planId: string }[];

    it("creates the sessions on the pattern's dates, and the schedule shows them with the risk flags", async () => {
      v1 = (
        await save(physician, tomas, schwartzmanPlan({ schedule: { sessions: 4, pattern: "twice-weekly" } }))
      ).body;
      const approveUrl = `/api/patients/${tomas}/plans/${v1.id}/approve`;
      const body = { firstSessionAt: "2026-03-09T09:00:00.000Z", chairId: chairs[0]!.id };
      expect((await nurse.request("POST", approveUrl, { body })).status).toBe(403);

      const res = await physician.request("POST", approveUrl, { body });
      expect(res.status).toBe(200);
      expect(res.body.plan).toMatchObject({
        status: "approved",
        approvedAt: NOW.toISOString(),
        approvedBy: { id: physician.me.id },
      });
      v1Sessions = res.body.sessions;
      expect(v1Sessions.map((s) => s.startsAt)).toEqual([
        "2026-03-09T09:00:00.000Z",
        "2026-03-12T09:00:00.000Z",
        "2026-03-16T09:00:00.000Z",
        "2026-03-19T09:00:00.000Z",
      ]);
      expect(res.body.sessions[0]).toMatchObject({
        durationMin: 240 + 60,
        status: "scheduled",
        chair: chairs[0],
        planVersion: 2,
      });

      expect((await physician.request("POST", approveUrl, { body })).status).toBe(409);

      const day = await admin.request("GET", "/api/schedule?date=2026-03-12");
      expect(day.status).toBe(200);
      expect(day.body.chairs).toEqual(chairs);
      expect(day.body.sessions).toHaveLength(1);
      expect(day.body.sessions[0]).toMatchObject({ patient: { id: tomas, mrn: "KG-1004" }, planId: v1.id });
      expect(day.body.sessions[0].riskFlags).toContainEqual({
        severity: "caution",
        title: expect.any(String),
        ruleId: "scr.seizure-disorder",
      });
      expect(day.body.sessions[0].riskFlags.every((f: { severity: string }) => f.severity !== "info")).toBe(
        true,
      );
    });

    it("refuses to double-book a chair", async () => {
      const other = (
        await save(
          physician,
          maya,
          schwartzmanPlan({
            weightConfirmedAt: NOW.toISOString(),
            schedule: { sessions: 1, pattern: "daily" },
          }),
        )
      ).body;
      const clash = await physician.request("POST", `/api/patients/${maya}/plans/${other.id}/approve`, {
        body: { firstSessionAt: "2026-03-09T12:00:00.000Z", chairId: chairs[0]!.id },
      });
      expect(clash.status).toBe(409);
      expect(
        (await physician.request("GET", `/api/patients/${maya}/plans`)).body.items.every(
          (p: { status: string }) => p.status === "draft",
        ),
      ).toBe(true);
    });

    it("refuses a course whose chair time is longer than the pattern's interval, as its sessions would overlap", async () => {
      const long = (
        await save(
          physician,
          maya,
          schwartzmanPlan({
            weightConfirmedAt: NOW.toISOString(),
            infusion: {
              ...schwartzmanPlan().infusion,
              order: { kind: "rate-per-kg", rateMgPerKgPerHour: 0.01 },
              durationMin: 1440,
            },
            schedule: { sessions: 3, pattern: "daily" },
          }),
        )
      ).body;
      const res = await physician.request("POST", `/api/patients/${maya}/plans/${long.id}/approve`, {
        body: { firstSessionAt: "2026-03-23T09:00:00.000Z", chairId: chairs[3]!.id },
      });
      expect([res.status, res.body.detail]).toEqual([
        409,
        "Chair 4 is already booked at 2026-03-23 09:00 UTC.",
      ]);
      const day = await physician.request("GET", "/api/schedule?date=2026-03-24");
      expect(day.body.sessions).toEqual([]);
    });

    it("moves only future unstarted sessions to an approved new version", async () => {
      await server.db
        .updateTable("infusionSessions")
        .set({ status: "completed" })
        .where("id", "=", v1Sessions[0]!.id)
        .execute();
      const v2 = await save(
        physician,
        tomas,
        schwartzmanPlan({ schedule: { sessions: 4, pattern: "twice-weekly" }, minObservationMinutes: 90 }),
        v1.id,
      );
      expect(v2.body).toMatchObject({ version: 3, previousId: v1.id });
      // The completed session counts towards the course.
      expect(v2.body.computation.perCourse.sessionsDone).toBe(1);
      const res = await physician.request("POST", `/api/patients/${tomas}/plans/${v2.body.id}/approve`, {
        body: { firstSessionAt: "2026-03-09T09:00:00.000Z", chairId: chairs[0]!.id },
      });
      expect(res.status).toBe(200);
      expect(res.body.sessions.map((s: { id: string }) => s.id)).toEqual(
        v1Sessions.slice(1).map((s) => s.id),
      );
      expect(
        res.body.sessions.every(
          (s: { planId: string; durationMin: number }) => s.planId === v2.body.id && s.durationMin === 330,
        ),
      ).toBe(true);

      const plans = (await physician.request("GET", `/api/patients/${tomas}/plans`)).body.items;
      expect(plans.map((p: { version: number; status: string }) => [p.version, p.status])).toEqual([
        [3, "approved"],
        [2, "superseded"],
        [1, "draft"],
      ]);
      const first = await physician.request("GET", "/api/schedule?date=2026-03-09");
      expect(first.body.sessions[0]).toMatchObject({
        id: v1Sessions[0]!.id,
        planId: v1.id,
        status: "completed",
      });
    });

    it("refuses to approve an older draft once a later version of the course is approved, or after a not-eligible evaluation", async () => {
      const plans = (await physician.request("GET", `/api/patients/${tomas}/plans`)).body.items;
      const current = plans.find((p: { status: string }) => p.status === "approved");
      const course = schwartzmanPlan({ schedule: { sessions: 4, pattern: "twice-weekly" } });
      const older = (await save(physician, tomas, course, current.id)).body;
      const newer = (await save(physician, tomas, course, current.id)).body;
      const approve = (id: string) =>
        physician.request("POST", `/api/patients/${tomas}/plans/${id}/approve`, {
          body: { firstSessionAt: "2026-03-09T09:00:00.000Z", chairId: chairs[0]!.id },
        });
      expect((await approve(newer.id)).status).toBe(200);
      const refused = await approve(older.id);
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toMatch(new RegExp(`Version ${newer.version}`));

      const another = (await save(physician, tomas, course, newer.id)).body;
      const evaluation = await physician.request("POST", `/api/patients/${tomas}/evaluations`, {
        body: { content: evaluationContent(MEASURED) },
      });
      await physician.request("POST", `/api/patients/${tomas}/evaluations/${evaluation.body.id}/sign`, {
        body: { decision: "not-eligible" },
      });
      const afterRefusal = await approve(another.id);
      expect(afterRefusal.status).toBe(422);
      expect(afterRefusal.body.code).toBe("plan.no_signed_evaluation");
    });

    it("shows the patient only their own plan summary", async () => {
      expect((await patient.request("GET", "/api/me/plan")).body).toEqual({ plan: null });
      const own = (
        await save(
          physician,
          maya,
          schwartzmanPlan({
            weightConfirmedAt: NOW.toISOString(),
            schedule: { sessions: 2, pattern: "weekly" },
          }),
        )
      ).body;
      const approved = await physician.request("POST", `/api/patients/${maya}/plans/${own.id}/approve`, {
        body: { firstSessionAt: "2026-03-10T13:00:00.000Z", chairId: chairs[1]!.id },
      });
      expect(approved.status).toBe(200);
      const res = await patient.request("GET", "/api/me/plan");
      expect(res.body).toEqual({
        plan: { protocolLabel: "Schwartzman outpatient CRPS protocol", sessions: 2, pattern: "weekly" },
        upcoming: [
          { startsAt: "2026-03-10T13:00:00.000Z", chairName: "Chair 2" },
          { startsAt: "2026-03-17T13:00:00.000Z", chairName: "Chair 2" },
        ],
      });
      expect((await physician.request("GET", "/api/me/plan")).status).toBe(403);
    });

    it("moves a session to a free chair, refuses a booked one, and keeps clinics apart", async () => {
      const [, second] = v1Sessions;
      const move = (as: Session, body: unknown) =>
        as.request("POST", `/api/sessions/${second!.id}/move`, { body });
      const moved = await move(nurse, { startsAt: "2026-03-12T10:00:00.000Z", chairId: chairs[2]!.id });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ startsAt: "2026-03-12T10:00:00.000Z", chair: chairs[2] });

      // Maya's session on Chair 2 runs 13:00–18:00 on 2026-03-10.
      const booked = await move(nurse, { startsAt: "2026-03-10T15:00:00.000Z", chairId: chairs[1]!.id });
      expect(booked.status).toBe(409);
      const past = await move(nurse, { startsAt: "2026-03-01T09:00:00.000Z", chairId: chairs[2]!.id });
      expect(past.status).toBe(400);
      expect(past.body.errors).toEqual([{ path: "/startsAt", message: "must be in the future" }]);
      const completed = await nurse.request("POST", `/api/sessions/${v1Sessions[0]!.id}/move`, {
        body: { startsAt: "2026-03-13T09:00:00.000Z", chairId: chairs[3]!.id },
      });
      expect(completed.status).toBe(409);
      expect(
        (await move(admin, { startsAt: "2026-03-12T11:00:00.000Z", chairId: chairs[2]!.id })).status,
      ).toBe(403);
      expect(
        (await move(otherClinic, { startsAt: "2026-03-12T11:00:00.000Z", chairId: chairs[2]!.id })).status,
      ).toBe(404);
      const northside = await otherClinic.request("GET", "/api/schedule?date=2026-03-12");
      expect(northside.body.sessions).toEqual([]);
      expect(northside.body.chairs.map((c: { name: string }) => c.name)).toEqual(["Chair 1", "Chair 2"]);
      expect((await patient.request("GET", "/api/schedule?date=2026-03-12")).status).toBe(403);
    });

    it("refuses to move a session onto a time the same patient is already booked on another chair", async () => {
      const later = (await physician.request("GET", "/api/schedule?date=2026-03-17")).body.sessions.find(
        (s: { patient: { id: string } }) => s.patient.id === maya,
      );
      const res = await nurse.request("POST", `/api/sessions/${later.id}/move`, {
        body: { startsAt: "2026-03-10T14:00:00.000Z", chairId: chairs[3]!.id },
      });
      expect([res.status, res.body.detail]).toEqual([
        409,
        "The patient already has a session from 2026-03-10 13:00 UTC on Chair 2.",
      ]);
    });

    it("decides two approvals of one course made at the same moment one after the other, booking the course once", async () => {
      await signedEvaluation(physician, daniel, evaluationContent(MEASURED));
      const course = schwartzmanPlan({ schedule: { sessions: 2, pattern: "weekly" } });
      const first = (await save(physician, daniel, course)).body;
      const second = (await save(physician, daniel, course, first.id)).body;
      const answers = await Promise.all(
        [first, second].map((p, i) =>
          physician.request("POST", `/api/patients/${daniel}/plans/${p.id}/approve`, {
            body: { firstSessionAt: "2026-04-06T09:00:00.000Z", chairId: chairs[2 + i]!.id },
          }),
        ),
      );
      // Whichever is decided second either amends the first (the newer version) or is refused (the older).
      expect(answers.map((a) => a.status)).toContain(200);
      const booked = await server.db
        .selectFrom("infusionSessions")
        .select("id")
        .where("patientId", "=", daniel)
        .where("status", "=", "scheduled")
        .execute();
      expect(booked).toHaveLength(2);
    });

    it("refuses to approve a version computed for a weight the patient no longer has", async () => {
      const draft = (
        await save(
          physician,
          maya,
          schwartzmanPlan({
            weightConfirmedAt: NOW.toISOString(),
            schedule: { sessions: 1, pattern: "daily" },
          }),
        )
      ).body;
      const weighed = await nurse.request("PATCH", `/api/patients/${maya}`, {
        body: { changes: { weight: { kg: 52, measuredOn: "2026-03-02" } }, reason: "Weighed today" },
      });
      expect(weighed.status).toBe(200);
      const res = await physician.request("POST", `/api/patients/${maya}/plans/${draft.id}/approve`, {
        body: { firstSessionAt: "2026-04-13T09:00:00.000Z", chairId: chairs[1]!.id },
      });
      expect([res.status, res.body.detail]).toEqual([
        409,
        `This version was computed for ${draft.weightKg} kg; the patient's weight is now 52 kg: save a new version.`,
      ]);
      const plans = (await physician.request("GET", `/api/patients/${maya}/plans`)).body.items;
      expect(plans.find((p: { id: string }) => p.id === draft.id).status).toBe("draft");
    });

    it("refuses to book a new course's session while the patient is on another chair", async () => {
      const course = (
        await save(physician, maya, schwartzmanPlan({ schedule: { sessions: 1, pattern: "weekly" } }))
      ).body;
      const res = await physician.request("POST", `/api/patients/${maya}/plans/${course.id}/approve`, {
        body: { firstSessionAt: "2026-03-10T14:00:00.000Z", chairId: chairs[3]!.id },
      });
      expect([res.status, res.body.detail]).toEqual([
        409,
        "The patient already has a session from 2026-03-10 13:00 UTC on Chair 2.",
      ]);
    });

    it("refuses a course that would start more than a year from now, naming the field", async () => {
      const course = (
        await save(physician, maya, schwartzmanPlan({ schedule: { sessions: 1, pattern: "weekly" } }))
      ).body;
      const res = await physician.request("POST", `/api/patients/${maya}/plans/${course.id}/approve`, {
        body: { firstSessionAt: "2027-06-07T09:00:00.000Z", chairId: chairs[3]!.id },
      });
      expect([res.status, res.body.errors]).toEqual([
        400,
        [{ path: "/firstSessionAt", message: "must be within a year from now" }],
      ]);
    });

    it("queues two moves of one patient's sessions made at once, so they cannot overlap each other", async () => {
      const mine = await server.db
        .selectFrom("infusionSessions")
        .select("id")
        .where("patientId", "=", maya)
        .where("status", "=", "scheduled")
        .where("startsAt", ">", NOW)
        .orderBy("startsAt")
        .limit(2)
        .execute();
      expect(mine).toHaveLength(2);
      const answers = await Promise.all(
        mine.map((s, i) =>
          nurse.request("POST", `/api/sessions/${s.id}/move`, {
            body: { startsAt: `2026-05-04T0${8 + i}:00:00.000Z`, chairId: chairs[i]!.id },
          }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)!.body.detail).toMatch(
        /^The patient already has a session/,
      );
    });
  });
});
