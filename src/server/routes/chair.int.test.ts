import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASELINE, chart, demoSessionsToday, passGate, readEvents, today } from "../chair/testing";
import { type Session, signIn, startTestServer, type TestServer } from "../testing";

let server: TestServer;
let nurse: Session;
let physician: Session;
let patient: Session;
let sessionIds: string[];
/**
 * The demo has three sessions today; the tests share them in file order: the first runs an infusion to
 * discharge, the second takes entries that never start one, the third raises alerts and side effects.
 */
const [RUN, WAITING, ALERTS] = [0, 1, 2];

beforeAll(async () => {
  server = await startTestServer();
  nurse = await signIn(server.base, "nurse1@demo.ketaguard.test");
  physician = await signIn(server.base, "physician@demo.ketaguard.test");
  patient = await signIn(server.base, "patient@demo.ketaguard.test");
  sessionIds = await demoSessionsToday(server, nurse);
});
afterAll(() => server?.close());

const card = async (id: string) => (await nurse.request("GET", `/api/sessions/${id}/chart`)).body.card;

describe("the floor board", () => {
  it("shows every session of the day with its phase, to nurses and physicians only", async () => {
    const res = await physician.request("GET", `/api/board?date=${today()}`);
    expect(res.status).toBe(200);
    expect(res.body.cards.length).toBe(sessionIds.length);
    expect(res.body.cards[0].view.phase).toBe("waiting");
    expect(res.body.cards[0].session.patient.familyName).toEqual(expect.any(String));
    // Screens show names for the user ids entries and acknowledgements carry; patients are not staff.
    expect(res.body.staff).toContainEqual({ id: nurse.me.id, name: nurse.me.name });
    expect(res.body.staff.map((s: { id: string }) => s.id)).not.toContain(patient.me.id);
    expect((await patient.request("GET", `/api/board?date=${today()}`)).status).toBe(403);
    const bad = await nurse.request("GET", "/api/board?date=2026-13-45");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("/date");
  });
});

describe("pre-infusion gate and infusion controls", () => {
  it("refuses the start until every check is met, then runs, pauses, resumes and stops", async () => {
    const id = sessionIds[RUN]!;
    const early = await chart(nurse, id, { kind: "infusion-start", rateMgPerHour: 20 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("chair.gate_incomplete");
    expect(early.body.detail).toMatch(/baseline|consent|identity/i);

    await passGate(nurse, id);
    const gate = (await card(id)).view.gate;
    expect(gate.complete).toBe(true);
    const start = await chart(nurse, id, { kind: "infusion-start", rateMgPerHour: 20 });
    expect(start.status).toBe(201);
    expect(start.body.card.view.phase).toBe("infusing");
    expect(start.body.card.session.status).toBe("in-progress");

    const resume = await chart(nurse, id, { kind: "resume", rateMgPerHour: 20 });
    expect(resume.status).toBe(409);
    expect(resume.body.code).toBe("chair.invalid_transition");
    expect((await chart(nurse, id, { kind: "discharge" })).status).toBe(409);
    const pause = await chart(nurse, id, { kind: "pause", reason: "nausea" });
    expect(pause.body.card.view.phase).toBe("paused");
    expect((await chart(nurse, id, { kind: "resume", rateMgPerHour: 15 })).body.card.view.phase).toBe(
      "infusing",
    );
    const stop = await chart(nurse, id, { kind: "stop", reason: "patient-request" });
    expect(stop.status).toBe(201);
    expect(stop.body.card.view.phase).toBe("observing");
    expect(stop.body.card.view.infusion.stopReason).toBe("patient-request");
  });

  it("lets only a physician override the gate, with a reason", async () => {
    const id = sessionIds[WAITING]!;
    await chart(nurse, id, { ...BASELINE, sbp: 190, dbp: 105 });
    const byNurse = await chart(nurse, id, { kind: "gate-override", reason: "reviewed" });
    expect(byNurse.status).toBe(403);
    const noReason = await chart(physician, id, { kind: "gate-override", reason: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toBe("/body/reason");
    const ok = await chart(physician, id, {
      kind: "gate-override",
      reason: "BP reviewed; benefit outweighs risk",
    });
    expect(ok.status).toBe(201);
    expect(ok.body.card.view.gate.overriddenBy.reason).toMatch(/BP reviewed/);
  });

  it("names the field of an implausible or malformed value", async () => {
    const id = sessionIds[WAITING]!;
    const res = await chart(nurse, id, { kind: "vitals", sbp: 900 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("/body/sbp");
    const noClient = await nurse.request("POST", `/api/sessions/${id}/entries`, {
      body: { at: new Date().toISOString(), body: { kind: "escort", present: true } },
    });
    expect(noClient.status).toBe(400);
    expect(noClient.body.errors[0].path).toBe("/clientId");
    const unknown = await chart(nurse, "00000000-0000-4000-8000-000000000000", {
      kind: "escort",
      present: true,
    });
    expect(unknown.status).toBe(404);
  });
});

describe("idempotency and append-only history", () => {
  it("stores one entry for the same client id sent twice", async () => {
    const id = sessionIds[WAITING]!;
    const clientId = "retry-test-1";
    const first = await chart(nurse, id, { kind: "escort", present: true, name: "Sam" }, { clientId });
    const again = await chart(nurse, id, { kind: "escort", present: true, name: "Sam" }, { clientId });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.replayed).toBe(true);
    expect(again.body.entry.id).toBe(first.body.entry.id);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from chart_entries where client_id = ${clientId}`.execute(server.db);
    expect(rows[0]!.n).toBe(1);
  });

  it("refuses UPDATE, DELETE and TRUNCATE on chart entries and the alert log at the database", async () => {
    for (const statement of [
      sql`update chart_entries set source = 'x'`,
      sql`delete from chart_entries`,
      sql`truncate chart_entries cascade`,
      sql`update alert_log set priority = 'low'`,
      sql`delete from alert_log`,
    ]) {
      await expect(statement.execute(server.db)).rejects.toThrow(/append-only/);
    }
  });

  it("keeps the original visible when an entry is amended or withdrawn, and needs a reason", async () => {
    const id = sessionIds[WAITING]!;
    const original = await chart(nurse, id, { kind: "vitals", hr: 150 });
    const entryId = original.body.entry.id;
    const noReason = await nurse.request("POST", `/api/sessions/${id}/entries`, {
      body: {
        clientId: "amend-no-reason",
        at: new Date().toISOString(),
        body: { kind: "vitals", hr: 75 },
        amends: entryId,
      },
    });
    expect(noReason.status).toBe(400);
    const otherKind = await chart(
      nurse,
      id,
      { kind: "escort", present: false },
      { amends: entryId, reason: "typo" },
    );
    expect(otherKind.status).toBe(400);
    const amended = await chart(
      nurse,
      id,
      { kind: "vitals", hr: 75 },
      { amends: entryId, reason: "typed 150 for 75" },
    );
    expect(amended.status).toBe(201);
    const history = (await nurse.request("GET", `/api/sessions/${id}/chart`)).body.history;
    const row = history.find((h: { entry: { id: string } }) => h.entry.id === entryId);
    expect(row.status).toBe("amended");
    expect(row.entry.body.hr).toBe(150);
    expect(row.current.hr).toBe(75);
    expect(row.corrections[0].reason).toBe("typed 150 for 75");

    const wrong = await chart(nurse, id, { kind: "escort", present: false });
    const withdrawn = await chart(
      nurse,
      id,
      { kind: "entered-in-error" },
      {
        amends: wrong.body.entry.id,
        reason: "wrong patient",
      },
    );
    expect(withdrawn.status).toBe(201);
    const after = (await nurse.request("GET", `/api/sessions/${id}/chart`)).body.history;
    expect(after.find((h: { entry: { id: string } }) => h.entry.id === wrong.body.entry.id).status).toBe(
      "entered-in-error",
    );
    const twice = await chart(
      nurse,
      id,
      { kind: "entered-in-error" },
      {
        amends: wrong.body.entry.id,
        reason: "again",
      },
    );
    expect(twice.status).toBe(400);
  });
});

describe("alerts, side effects and the live stream", () => {
  it("raises a high-priority alert with its steps for BP 185/105, live on the board stream", async () => {
    const id = sessionIds[ALERTS]!;
    await passGate(nurse, id);
    await chart(nurse, id, { kind: "infusion-start", rateMgPerHour: 20 });
    const events = await readEvents(
      server.base,
      nurse.cookie,
      (e) => e.event === "alert" && (e.data as { change: string }).change === "raised",
      {
        onOpen: async () => {
          await chart(nurse, id, { kind: "vitals", sbp: 185, dbp: 105 });
        },
      },
    );
    const alert = events.find((e) => e.event === "alert")!.data as {
      sessionId: string;
      alert: { priority: string; steps: unknown[]; key: string; raisedAt: number };
    };
    expect(alert.sessionId).toBe(id);
    expect(alert.alert.priority).toBe("high");
    expect(alert.alert.steps.length).toBeGreaterThan(0);

    const ack = await chart(nurse, id, {
      kind: "alert-ack",
      alertKey: alert.alert.key,
      raisedAt: alert.alert.raisedAt,
    });
    const stale = await chart(nurse, id, { kind: "alert-ack", alertKey: alert.alert.key, raisedAt: 1 });
    expect(stale.status).toBe(409);
    const shown = ack.body.card.view.alerts.find((a: { key: string }) => a.key === alert.alert.key);
    expect(shown.acknowledged.by).toBe(nurse.me.id);
    const { rows } = await sql<{ change: string }>`
      select change from alert_log where session_id = ${id} order by seq`.execute(server.db);
    expect(rows.map((r) => r.change)).toEqual(expect.arrayContaining(["raised", "acknowledged"]));
  });

  it("shows antiemetic steps for nausea grade 2, records the drug given and the resolution", async () => {
    const id = sessionIds[ALERTS]!;
    const logged = await chart(nurse, id, { kind: "side-effect", sideEffectId: "nausea", grade: 2 });
    expect(logged.status).toBe(201);
    const effect = logged.body.card.view.sideEffects.find(
      (s: { sideEffectId: string }) => s.sideEffectId === "nausea",
    );
    expect(effect.grade).toBe(2);
    expect(JSON.stringify(effect.steps)).toMatch(/ondansetron|antiemetic/i);
    await chart(nurse, id, {
      kind: "intervention",
      forSideEffect: "nausea",
      action: { type: "drug", drug: "ondansetron", dose: 4, doseUnit: "mg", route: "IV" },
    });
    const resolved = await chart(nurse, id, { kind: "side-effect-resolved", sideEffectId: "nausea" });
    const after = resolved.body.card.view.sideEffects.find(
      (s: { sideEffectId: string }) => s.sideEffectId === "nausea",
    );
    expect(after.resolvedAt).toEqual(expect.any(Number));
    expect(after.interventions[0].text).toMatch(/ondansetron 4 mg IV/i);
  });

  it("replays sessions changed while the stream was away when Last-Event-ID is sent", async () => {
    const id = sessionIds[WAITING]!;
    const seen = await readEvents(server.base, nurse.cookie, (e) => e.event === "card", {
      onOpen: async () => {
        await chart(nurse, id, { kind: "escort", present: true });
      },
    });
    const lastId = seen.find((e) => e.event === "card")!.id!;
    await chart(nurse, id, { kind: "escort", present: false });
    const replay = await readEvents(
      server.base,
      nurse.cookie,
      (e) => e.event === "card" && (e.data as { session: { id: string } }).session.id === id,
      { lastEventId: lastId },
    );
    const replayed = replay.at(-1)!.data as { view: { discharge: { escortPresent: boolean } } };
    expect(replayed.view.discharge.escortPresent).toBe(false);
  });

  it("refuses the stream to patients", async () => {
    const res = await fetch(`${server.base}/api/board/events`, { headers: { cookie: patient.cookie } });
    expect(res.status).toBe(403);
  });
});

describe("discharge", () => {
  it("discharges with a note before readiness, prints the sheet, and refuses charting afterwards", async () => {
    const id = sessionIds[RUN]!;
    const notReady = await chart(nurse, id, { kind: "discharge" });
    expect(notReady.status).toBe(409);
    expect(notReady.body.detail).toMatch(/not met|note/i);
    const done = await chart(nurse, id, {
      kind: "discharge",
      note: "Transferred to the day unit for observation",
    });
    expect(done.status).toBe(201);
    expect(done.body.card.view.phase).toBe("discharged");
    expect(done.body.card.session.status).toBe("completed");
    const after = await chart(nurse, id, { kind: "vitals", hr: 70 });
    expect(after.status).toBe(409);
    const { rows } = await sql<{ deliveredDoseMg: number; protocolId: string }>`
      select delivered_dose_mg, protocol_id from infusion_summaries where session_id = ${id}`.execute(
      server.db,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.deliveredDoseMg).toBeGreaterThan(0);
    expect(rows[0]!.protocolId).toEqual(expect.any(String));
    const sheet = await nurse.request("GET", `/api/sessions/${id}/discharge-sheet`);
    expect(sheet.status).toBe(200);
    expect(JSON.stringify(sheet.body)).toMatch(/driv/i);
    expect(JSON.stringify(sheet.body)).toMatch(/01632 960 123/);
  });
});

describe("clinic isolation", () => {
  it("answers 404 on every session route for another clinic's session, and writes nothing", async () => {
    const other = await signIn(server.base, "physician@northside.ketaguard.test");
    const id = sessionIds[WAITING]!;
    const before = await sql<{ n: number }>`select count(*)::int as n from chart_entries`.execute(server.db);
    expect((await other.request("GET", `/api/sessions/${id}/chart`)).status).toBe(404);
    expect((await other.request("GET", `/api/sessions/${id}/discharge-sheet`)).status).toBe(404);
    expect((await chart(other, id, { kind: "escort", present: true })).status).toBe(404);
    const board = await other.request("GET", `/api/board?date=${today()}`);
    expect(board.body.cards.map((c: { session: { id: string } }) => c.session.id)).not.toContain(id);
    const after = await sql<{ n: number }>`select count(*)::int as n from chart_entries`.execute(server.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
