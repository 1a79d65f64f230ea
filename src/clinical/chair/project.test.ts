import { describe, expect, it } from "vitest";
import { configureChair } from "./config";
import { Chart, minute, sessionFacts } from "./fixtures";
import { foldMonitoring } from "./monitoring-events";
import { projectSession } from "./project";

const facts = sessionFacts();
const SEC = 1000;

describe("projectSession: phase", () => {
  it("walks from waiting through the infusion to discharge", () => {
    const c = new Chart();
    const phase = (now: number) => projectSession(facts, c.entries, now).phase;
    expect(phase(minute(-30))).toBe("waiting");
    c.gateDone(minute(-10));
    expect(phase(minute(-5))).toBe("pre-checks");
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
    expect(phase(minute(1))).toBe("infusing");
    c.add(minute(30), { kind: "pause", reason: "nausea" });
    expect(phase(minute(31))).toBe("paused");
    c.add(minute(40), { kind: "stop", reason: "side-effect" });
    expect(phase(minute(41))).toBe("observing");
    c.add(minute(90), { kind: "vitals", hr: 75, sbp: 126, dbp: 80 });
    c.add(minute(90), { kind: "score", scale: "moaas", value: 5 });
    c.add(minute(90), { kind: "score", scale: "cadss6", value: 0 });
    c.add(minute(90), {
      kind: "score",
      scale: "aldrete",
      value: 9,
      items: { activity: 2, respiration: 2, circulation: 2, consciousness: 1, oxygenation: 2 },
    });
    c.add(minute(90), { kind: "escort", present: true });
    expect(phase(minute(95))).toBe("observing");
    expect(phase(minute(100))).toBe("ready-for-discharge");
    const view = projectSession(facts, c.entries, minute(100));
    expect(view.discharge.readiness?.firstMetAt).toBe(minute(100));
    expect(view.discharge.escortPresent).toBe(true);
    c.add(minute(101), { kind: "discharge" });
    const done = projectSession(facts, c.entries, minute(102));
    expect(done.phase).toBe("discharged");
    expect(done.discharge.dischargedAt).toBe(minute(101));
    expect(done.checks).toEqual({ due: [], overdue: [], next: null });
  });

  it("a total-only modified Aldrete of 9 does not pass: the lost point may be breathing or oxygen", () => {
    const c = new Chart().gateDone(minute(-10));
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
    c.add(minute(40), { kind: "stop", reason: "completed" });
    c.add(minute(90), { kind: "vitals", hr: 75, sbp: 126, dbp: 80 });
    c.add(minute(90), { kind: "score", scale: "moaas", value: 5 });
    c.add(minute(90), { kind: "score", scale: "cadss6", value: 0 });
    c.add(minute(90), { kind: "escort", present: true });
    const aldrete = c.add(minute(90), { kind: "score", scale: "aldrete", value: 9 });
    expect(projectSession(facts, c.entries, minute(120)).phase).toBe("observing");
    c.add(
      minute(91),
      { kind: "score", scale: "aldrete", value: 10 },
      { amends: aldrete.id, reason: "re-scored" },
    );
    expect(projectSession(facts, c.entries, minute(120)).phase).toBe("ready-for-discharge");
  });
});

describe("projectSession: alerts", () => {
  const desaturating = () => {
    const c = new Chart().gateDone(minute(-10));
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
    c.add(minute(5), { kind: "vitals", hr: 80, sbp: 120, dbp: 80, spo2: 85, rr: 14 }, { source: "m1" });
    c.add(
      minute(5) + 5 * SEC,
      { kind: "vitals", hr: 80, sbp: 120, dbp: 80, spo2: 85, rr: 14 },
      { source: "m1" },
    );
    return c;
  };

  it("goes to the physician when high priority and unacknowledged past the configured time", () => {
    const c = desaturating();
    const alert = (now: number, chart = c, config = configureChair()) =>
      projectSession(facts, chart.entries, now, { config }).alerts.find((a) => a.key === "spo2-low")!;
    const raised = alert(minute(5) + 10 * SEC);
    expect(raised.priority).toBe("high");
    expect(raised.escalatedToPhysician).toBe(false);
    expect(alert(minute(5) + 10 * SEC + 121 * SEC).escalatedToPhysician).toBe(true);
    const patient = configureChair({ chair: { "chair.timing.physician-escalation": 600 } });
    expect(alert(minute(5) + 10 * SEC + 121 * SEC, c, patient).escalatedToPhysician).toBe(false);
    c.add(
      minute(6),
      { kind: "alert-ack", alertKey: "spo2-low", raisedAt: raised.raisedAt },
      { recordedBy: "nurse-2" },
    );
    c.add(minute(6), {
      kind: "intervention",
      forAlert: "spo2-low",
      action: { type: "non-drug", text: "Chin lift, oxygen 2 L/min" },
    });
    const acked = alert(minute(9));
    expect(acked.acknowledged).toEqual({ by: "nurse-2", at: minute(6) });
    expect(acked.escalatedToPhysician).toBe(false);
    expect(acked.actions.map((a) => a.text)).toEqual(["Chin lift, oxygen 2 L/min"]);
  });

  it("an acknowledgement of an earlier raising does not acknowledge this one", () => {
    const c = desaturating();
    c.add(minute(6), { kind: "alert-ack", alertKey: "spo2-low", raisedAt: minute(1) });
    const a = projectSession(facts, c.entries, minute(9)).alerts.find((x) => x.key === "spo2-low")!;
    expect(a.acknowledged).toBeNull();
  });

  it("gives the same view from a cached fold (even a stale one) as from scratch", () => {
    const c = desaturating();
    const fold = foldMonitoring(null, c.entries.slice(0, 9));
    const nausea = c.add(minute(7), { kind: "side-effect", sideEffectId: "nausea", grade: 1 });
    const fresh = projectSession(facts, c.entries, minute(8));
    expect(projectSession(facts, c.entries, minute(8), { monitoring: fold })).toEqual(fresh);
    c.add(minute(7), { kind: "entered-in-error" }, { amends: nausea.id, reason: "wrong patient" });
    const corrected = projectSession(facts, c.entries, minute(8), {
      monitoring: foldMonitoring(null, c.entries.slice(0, -1)),
    });
    expect(corrected).toEqual(projectSession(facts, c.entries, minute(8)));
    expect(corrected.sideEffects.find((s) => s.sideEffectId === "nausea")).toBeUndefined();
  });
});

describe("projectSession: feed, trend, checks, side effects", () => {
  it("shows a bound monitor as stale after 30 s of silence while the patient is in the chair", () => {
    const c = new Chart();
    c.add(minute(-10), { kind: "monitor", deviceId: "m1" });
    const feed = (now: number) => projectSession(facts, c.entries, now).feed;
    expect(feed(minute(-10) + 30 * SEC).stale).toBe(false);
    expect(feed(minute(-10) + 31 * SEC)).toEqual({ deviceId: "m1", lastReadingAt: null, stale: true });
    c.add(minute(-9), { kind: "vitals", hr: 70 }, { source: "m1", recordedAt: minute(-9) + 2 * SEC });
    expect(feed(minute(-9) + 32 * SEC)).toEqual({
      deviceId: "m1",
      lastReadingAt: minute(-9) + 2 * SEC,
      stale: false,
    });
    expect(feed(minute(-9) + 33 * SEC).stale).toBe(true);
    c.add(minute(-8), { kind: "monitor", deviceId: null });
    expect(feed(minute(-5)).stale).toBe(false);
  });

  it("merges readings per minute over the last 90 minutes, the latest reading winning", () => {
    const c = new Chart();
    c.add(minute(-100), { kind: "vitals", hr: 60 });
    c.add(minute(1) + 10 * SEC, { kind: "vitals", hr: 70, sbp: 120 });
    c.add(minute(1) + 50 * SEC, { kind: "vitals", hr: 75 });
    c.add(minute(2), { kind: "vitals", spo2: 97 });
    expect(projectSession(facts, c.entries, minute(3)).trend).toEqual([
      { at: minute(1), values: { hr: 75, sbp: 120 } },
      { at: minute(2), values: { spo2: 97 } },
    ]);
  });

  it("lists checks only once the infusion has started", () => {
    const c = new Chart().gateDone(minute(-3));
    expect(projectSession(facts, c.entries, minute(0)).checks.next).toBeNull();
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
    const checks = projectSession(facts, c.entries, minute(16)).checks;
    expect(checks.due.map((x) => x.kind).sort()).toEqual(["dissociation", "sedation", "vitals"]);
    expect(checks.overdue.map((x) => x.kind).sort()).toEqual(["dissociation", "sedation"]);
    expect(checks.next?.dueAt).toBe(minute(30));
  });

  it("shows each side effect's latest grade, management, interventions and when it settled", () => {
    const c = new Chart();
    c.add(minute(10), { kind: "side-effect", sideEffectId: "nausea", grade: 1 });
    c.add(minute(15), { kind: "side-effect", sideEffectId: "nausea", grade: 2 });
    c.add(minute(16), {
      kind: "intervention",
      forSideEffect: "nausea",
      action: { type: "drug", drug: "ondansetron", dose: 4, doseUnit: "mg", route: "IV" },
    });
    c.add(minute(40), { kind: "side-effect-resolved", sideEffectId: "nausea" });
    const [s] = projectSession(facts, c.entries, minute(41)).sideEffects;
    expect(s).toMatchObject({
      sideEffectId: "nausea",
      grade: 2,
      loggedAt: minute(10),
      resolvedAt: minute(40),
      redFlag: false,
    });
    expect(s!.recommendedAction).toBe("slow");
    expect(s!.steps.length).toBeGreaterThan(0);
    expect(s!.interventions.map((i) => i.text)).toEqual(["ondansetron 4 mg IV"]);
  });
});
