import { describe, expect, it } from "vitest";
import { correctionProblem, effectiveEntries, history } from "./corrections";
import { Chart, minute } from "./fixtures";

describe("corrections", () => {
  it("an amendment replaces the body; the latest amendment wins; the original stays in the history", () => {
    const c = new Chart();
    const reading = c.add(minute(1), { kind: "vitals", sbp: 210 });
    c.add(minute(2), { kind: "vitals", sbp: 130 }, { amends: reading.id, reason: "typo" });
    c.add(minute(3), { kind: "vitals", sbp: 131 }, { amends: reading.id, reason: "typo again" });
    const h = history(c.entries);
    expect(h).toHaveLength(1);
    expect(h[0]!.entry.body).toEqual({ kind: "vitals", sbp: 210 });
    expect(h[0]!.current).toEqual({ kind: "vitals", sbp: 131 });
    expect(h[0]!.status).toBe("amended");
    expect(h[0]!.corrections.map((e) => e.id)).toEqual(["e2", "e3"]);
    const eff = effectiveEntries(c.entries);
    expect(eff).toHaveLength(1);
    expect(eff[0]!.id).toBe(reading.id);
    expect(eff[0]!.body).toEqual({ kind: "vitals", sbp: 131 });
  });

  it("entered in error withdraws the entry from the effective entries but not from the history", () => {
    const c = new Chart();
    const a = c.add(minute(1), { kind: "pause", reason: "nausea" });
    c.add(minute(2), { kind: "escort", present: true });
    c.add(minute(3), { kind: "entered-in-error" }, { amends: a.id, reason: "wrong patient" });
    expect(effectiveEntries(c.entries).map((e) => e.body.kind)).toEqual(["escort"]);
    expect(history(c.entries).map((h) => h.status)).toEqual(["entered-in-error", "current"]);
  });

  it("refuses a change of kind, a correction of a correction, a second withdrawal and a missing reason", () => {
    const c = new Chart();
    const a = c.add(minute(1), { kind: "vitals", hr: 80 });
    const fix = c.add(minute(2), { kind: "vitals", hr: 70 }, { amends: a.id, reason: "typo" });
    expect(correctionProblem(a, { body: { kind: "pause", reason: "x" }, reason: "r" })).toMatch(
      /keep the kind/,
    );
    expect(correctionProblem(fix, { body: { kind: "vitals", hr: 60 }, reason: "r" })).toMatch(
      /cannot itself/,
    );
    expect(correctionProblem(a, { body: { kind: "vitals", hr: 60 }, reason: " " })).toMatch(/reason/);
    expect(correctionProblem(undefined, { body: { kind: "entered-in-error" }, reason: "r" })).toMatch(
      /does not exist/,
    );
    expect(correctionProblem(a, { body: { kind: "entered-in-error" }, reason: "r" }, c.entries)).toBeNull();
    c.add(minute(3), { kind: "entered-in-error" }, { amends: a.id, reason: "wrong" });
    expect(correctionProblem(a, { body: { kind: "vitals", hr: 60 }, reason: "r" }, c.entries)).toMatch(
      /already been withdrawn/,
    );
  });
});
