import { describe, expect, it } from "vitest";
import { describeEntry, mg, minutes, vitalsText, who } from "./words";

describe("chair words", () => {
  it("writes durations in hours and minutes", () => {
    expect([minutes(0), minutes(45.4), minutes(65), minutes(-3)]).toEqual([
      "0 min",
      "45 min",
      "1 h 05 min",
      "0 min",
    ]);
  });

  it("keeps one decimal of a dose", () => {
    expect(mg(12.345)).toBe("12.3 mg");
    expect(mg(35)).toBe("35 mg");
  });

  it("writes the readings present, blood pressure as one value", () => {
    expect(vitalsText({ hr: 72, sbp: 120, dbp: 80, spo2: 98 })).toBe("HR 72 /min, BP 120/80 mmHg, SpO2 98 %");
    expect(vitalsText({})).toBe("no values");
  });

  it("describes entries with their units and reasons", () => {
    expect(describeEntry({ kind: "rate-change", rateMgPerHour: 20, reason: "nausea" })).toBe(
      "Rate changed to 20 mg/h: nausea",
    );
    expect(describeEntry({ kind: "vitals", baseline: true, hr: 60 })).toBe(
      "Baseline vital signs: HR 60 /min",
    );
    expect(
      describeEntry({
        kind: "intervention",
        action: { type: "drug", drug: "ondansetron", dose: 4, doseUnit: "mg", route: "IV" },
      }),
    ).toBe("Gave ondansetron 4 mg IV");
    expect(describeEntry({ kind: "side-effect", sideEffectId: "nausea", grade: 2 })).toMatch(/, grade 2$/);
    expect(
      describeEntry({ kind: "gate-check", item: "pregnancy-test", outcome: "not-applicable", note: "male" }),
    ).toBe("Pregnancy test not applicable (male)");
  });
});

describe("who", () => {
  const me = { id: "11111111-aaaa", name: "Nora Nurse" };
  const staff = [me, { id: "22222222-bbbb", name: "Paul Physician" }];

  it("names the signed-in user, a monitor, or a colleague from the staff list", () => {
    expect(who("11111111-aaaa", me, staff)).toBe("Nora Nurse (you)");
    expect(who(null, me, staff)).toBe("monitor");
    expect(who("22222222-bbbb", me, staff)).toBe("Paul Physician");
  });

  it("tells an account missing from the staff list apart by the start of its id", () => {
    expect(who("33333333-cccc", me, staff)).toBe("staff member 33333333");
  });
});
