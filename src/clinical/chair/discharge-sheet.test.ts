import { describe, expect, it } from "vitest";
import { fleschKincaidGrade } from "../catalogue/readability";
import { KB_VERSION } from "../provenance";
import { dischargeSheet, type SheetSectionId, sheetText } from "./discharge-sheet";
import { Chart, minute, sessionFacts } from "./fixtures";
import { projectSession } from "./project";

const facts = sessionFacts();

function eventfulSession() {
  const c = new Chart().gateDone(minute(-10));
  c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
  c.add(minute(20), { kind: "side-effect", sideEffectId: "nausea", grade: 2 });
  c.add(minute(21), {
    kind: "intervention",
    forSideEffect: "nausea",
    action: { type: "drug", drug: "ondansetron", dose: 4, doseUnit: "mg", route: "IV" },
  });
  c.add(minute(22), { kind: "pause", reason: "nausea" });
  c.add(minute(32), { kind: "resume", rateMgPerHour: 20 });
  c.add(minute(50), { kind: "side-effect-resolved", sideEffectId: "nausea" });
  c.add(minute(60), { kind: "side-effect", sideEffectId: "dizziness", grade: 1 });
  c.add(minute(100), { kind: "stop", reason: "completed" });
  return c;
}

const sheetFor = (c: Chart, more: { clinicPhone?: string | null; emergencyNumber?: string } = {}) =>
  dischargeSheet({
    facts,
    view: projectSession(facts, c.entries, minute(180)),
    entries: c.entries,
    patientName: "Ada Lovelace",
    clinicName: "Riverside Pain Clinic",
    clinicPhone: "clinicPhone" in more ? (more.clinicPhone ?? null) : "01632 960 000",
    now: minute(180),
    ...(more.emergencyNumber ? { emergencyNumber: more.emergencyNumber } : {}),
  });

const items = (sheet: ReturnType<typeof sheetFor>, id: SheetSectionId) =>
  sheet.sections.find((s) => s.id === id)!.items;

describe("dischargeSheet", () => {
  it("tells the patient how long the drip ran, the dose in mg, the side effects, what was done and how they settled", () => {
    const today = items(sheetFor(eventfulSession()), "today");
    // 22 min at 25 mg/h, a 10-minute pause, then 68 min at 20 mg/h.
    expect(today).toContain("Your drip ran for 1 hour and 40 minutes.");
    expect(today).toContain(`You were given ${Math.round((25 * 22 + 20 * 68) / 6) / 10} mg of ketamine.`);
    expect(today).toContain("We slowed or paused the drip for a while to help you feel better.");
    expect(today).toContain("Feeling sick. We gave you ondansetron for it. It went away before you left.");
    expect(today).toContain("Dizziness. We kept a close eye on it. It had not quite gone when you left.");
  });

  it("says why the drip stopped early", () => {
    const c = new Chart().gateDone(minute(-10));
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
    c.add(minute(30), { kind: "stop", reason: "patient-request" });
    expect(items(sheetFor(c), "today")).toContain("We stopped the drip early because you asked us to.");
    expect(items(sheetFor(c), "today")).toContain("You had no side effects that we needed to note.");
  });

  it("gives the red flags, who to call, and no driving, alcohol or sedatives until the next day", () => {
    const sheet = sheetFor(eventfulSession(), { emergencyNumber: "999" });
    expect(items(sheet, "get-help").join(" ")).toMatch(/breathing is slow/);
    expect(sheet.sections.find((s) => s.id === "get-help")!.heading).toContain("call 999");
    expect(items(sheet, "contact")).toEqual([
      "If you are worried or have questions, call Riverside Pain Clinic on 01632 960 000.",
      "In an emergency, call 999 at once.",
    ]);
    const safety = items(sheet, "safety").join(" ");
    expect(safety).toMatch(/Do not drive.*until the next day, after a night's sleep/);
    expect(safety).toMatch(/alcohol/);
    expect(safety).toMatch(/sleeping pills/);
    expect(items(sheetFor(eventfulSession(), { clinicPhone: null }), "contact")[1]).toBe(
      "In an emergency, call the emergency number at once.",
    );
  });

  it("lists what to expect in the next day from the catalogue's patient text", () => {
    const next = items(sheetFor(eventfulSession()), "next-24-hours").join(" ");
    expect(next).toMatch(/Dizziness\. You may feel light in the head/);
    expect(next).toMatch(/Feeling sick\./);
  });

  it("is written at or below a US grade 8 reading level and carries the knowledge-base version", () => {
    const sheet = sheetFor(eventfulSession());
    expect(fleschKincaidGrade(sheetText(sheet))).toBeLessThanOrEqual(8);
    for (const s of sheet.sections)
      expect(fleschKincaidGrade(s.items.join(" ")), s.id).toBeLessThanOrEqual(8);
    expect(sheet.kbVersion).toBe(KB_VERSION);
    expect(sheet.patientName).toBe("Ada Lovelace");
  });
});
