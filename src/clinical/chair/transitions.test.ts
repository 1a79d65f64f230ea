import { describe, expect, it } from "vitest";
import { Chart, minute, sessionFacts } from "./fixtures";
import { entryProblem } from "./transitions";

const facts = sessionFacts();
const started = () => {
  const c = new Chart().gateDone(minute(-10));
  c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 20 });
  return c;
};

describe("entryProblem", () => {
  it("refuses the start until the gate is complete, naming what is missing", () => {
    const c = new Chart();
    const p = entryProblem(
      facts,
      c.entries,
      { kind: "infusion-start", rateMgPerHour: 20 },
      minute(0),
      "nurse",
    );
    expect(p?.code).toBe("chair.gate_incomplete");
    expect(p?.detail).toMatch(/Consent recorded/);
    expect(p?.detail).toMatch(/No baseline vital signs/);
    c.gateDone(minute(-5));
    expect(
      entryProblem(facts, c.entries, { kind: "infusion-start", rateMgPerHour: 20 }, minute(0), "nurse"),
    ).toBeNull();
  });

  it("lets a physician's override pass an unmet gate, and refuses the override to a nurse", () => {
    const c = new Chart();
    expect(
      entryProblem(facts, c.entries, { kind: "gate-override", reason: "r" }, minute(0), "nurse")?.code,
    ).toBe("auth.forbidden");
    expect(
      entryProblem(facts, c.entries, { kind: "gate-override", reason: "r" }, minute(0), "physician"),
    ).toBeNull();
    c.add(minute(0), { kind: "gate-override", reason: "baseline BP is her usual" }, { recordedBy: "doc" });
    expect(
      entryProblem(facts, c.entries, { kind: "infusion-start", rateMgPerHour: 20 }, minute(1), "nurse"),
    ).toBeNull();
  });

  it("refuses anyone but staff", () => {
    expect(entryProblem(facts, [], { kind: "escort", present: true }, minute(0), "patient")?.code).toBe(
      "auth.forbidden",
    );
    expect(entryProblem(facts, [], { kind: "escort", present: true }, minute(0), null)?.code).toBe(
      "auth.forbidden",
    );
  });

  it("follows the infusion state machine", () => {
    const c = started();
    const at = minute(5);
    const kinds = (entries = c.entries) => ({
      start:
        entryProblem(facts, entries, { kind: "infusion-start", rateMgPerHour: 20 }, at, "nurse")?.code ??
        null,
      rate:
        entryProblem(facts, entries, { kind: "rate-change", rateMgPerHour: 15, reason: "r" }, at, "nurse")
          ?.code ?? null,
      pause: entryProblem(facts, entries, { kind: "pause", reason: "r" }, at, "nurse")?.code ?? null,
      resume: entryProblem(facts, entries, { kind: "resume", rateMgPerHour: 15 }, at, "nurse")?.code ?? null,
      stop: entryProblem(facts, entries, { kind: "stop", reason: "completed" }, at, "nurse")?.code ?? null,
    });
    const bad = "chair.invalid_transition";
    expect(kinds()).toEqual({ start: bad, rate: null, pause: null, resume: bad, stop: null });
    c.add(minute(3), { kind: "pause", reason: "nausea" });
    expect(kinds()).toEqual({ start: bad, rate: bad, pause: bad, resume: null, stop: null });
    c.add(minute(4), { kind: "stop", reason: "side-effect" });
    expect(kinds()).toEqual({ start: bad, rate: bad, pause: bad, resume: bad, stop: bad });
  });

  it("refuses an infusion entry earlier than the last one", () => {
    const c = started();
    c.add(minute(10), { kind: "pause", reason: "r" });
    expect(
      entryProblem(facts, c.entries, { kind: "resume", rateMgPerHour: 10 }, minute(9), "nurse")?.detail,
    ).toMatch(/earlier/);
  });

  it("refuses a rate of 0 or above the library's hard maximum", () => {
    const c = started();
    const r = (rateMgPerHour: number) =>
      entryProblem(facts, c.entries, { kind: "rate-change", rateMgPerHour, reason: "r" }, minute(5), "nurse");
    expect(r(0)?.detail).toMatch(/above 0/);
    expect(r(25)).toBeNull();
    expect(r(26)?.detail).toMatch(/limit\.schwartzman\.rate\.hard/);
    // Without a protocol, the common 2 mg/kg/h hard limit at 70 kg: 140 mg/h.
    const custom = sessionFacts({ plan: { ...facts.plan, protocolId: undefined } });
    const rc = (rateMgPerHour: number) =>
      entryProblem(
        custom,
        c.entries,
        { kind: "rate-change", rateMgPerHour, reason: "r" },
        minute(5),
        "nurse",
      );
    expect(rc(140)).toBeNull();
    expect(rc(141)?.detail).toMatch(/limit\.rate-per-kg\.hard/);
  });

  it("discharges only after the stop, when ready or with a note; afterwards only corrections", () => {
    const c = started();
    const discharge = (note?: string, entries = c.entries) =>
      entryProblem(facts, entries, { kind: "discharge", ...(note ? { note } : {}) }, minute(200), "nurse");
    expect(discharge()?.detail).toMatch(/after the infusion has stopped/);
    c.add(minute(100), { kind: "stop", reason: "completed" });
    expect(discharge()?.detail).toMatch(/criteria are not met/);
    expect(discharge("left against advice, escort present")).toBeNull();
    c.add(minute(150), { kind: "vitals", hr: 72, sbp: 124, dbp: 78 });
    c.add(minute(150), { kind: "score", scale: "moaas", value: 5 });
    c.add(minute(150), { kind: "score", scale: "cadss6", value: 0 });
    c.add(minute(150), { kind: "score", scale: "padss", value: 10 });
    c.add(minute(150), { kind: "escort", present: true });
    expect(discharge()).toBeNull();
    const d = c.add(minute(200), { kind: "discharge" });
    expect(entryProblem(facts, c.entries, { kind: "vitals", hr: 70 }, minute(201), "nurse")?.detail).toMatch(
      /discharged/,
    );
    expect(
      entryProblem(facts, c.entries, { kind: "entered-in-error" }, minute(201), "nurse", { amends: d.id }),
    ).toBeNull();
    expect(
      entryProblem(facts, c.entries, { kind: "entered-in-error" }, minute(201), "nurse")?.detail,
    ).toMatch(/must name/);
  });

  it("takes no entries on a cancelled session", () => {
    const p = entryProblem(
      sessionFacts({ cancelled: true }),
      [],
      { kind: "escort", present: true },
      minute(0),
      "nurse",
    );
    expect(p?.detail).toMatch(/cancelled/);
  });
});
