import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue";
import { fleschKincaidGrade } from "../catalogue/readability";
import { Chart, minute } from "../chair/fixtures";
import { KB_VERSION } from "../provenance";
import { relatedSideEffectsOf } from "../screening/related";
import { SCREENING_RULES } from "../screening/rules";
import { DEFAULT_CHECKIN_CONFIG } from "./checkins";
import { EDUCATION_VERSION, type Education, type EducationBlock, patientEducation } from "./education";
import { lastTimeSentences } from "./last-time";
import { isPersonal, PLAIN_REASONS, whyForYou } from "./why-for-you";

/** The infusion the fixtures describe: BP peaks at 40 min, nausea at 20 min settles after ondansetron. */
function lastInfusion() {
  const chart = new Chart().gateDone(minute(-10));
  chart.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
  chart.add(minute(10), { kind: "vitals", sbp: 130, dbp: 80 });
  chart.add(minute(20), { kind: "side-effect", sideEffectId: "nausea", grade: 1 });
  chart.add(minute(21), {
    kind: "intervention",
    forSideEffect: "nausea",
    action: { type: "drug", drug: "ondansetron", dose: 4, doseUnit: "mg", route: "IV" },
  });
  chart.add(minute(39), { kind: "vitals", sbp: 152, dbp: 88 });
  chart.add(minute(45), { kind: "side-effect-resolved", sideEffectId: "nausea" });
  chart.add(minute(60), { kind: "vitals", sbp: 128, dbp: 80 });
  return { startedAt: minute(0), chart };
}

const allTexts = (e: Education): string[] =>
  e.sections.flatMap((s) =>
    s.blocks.flatMap((b: EducationBlock) =>
      b.kind === "paragraph"
        ? [b.text]
        : b.kind === "list"
          ? [...b.items]
          : b.whyThisMattersForYou
            ? [b.whyThisMattersForYou]
            : [],
    ),
  );

const cards = (e: Education) =>
  e.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === "side-effect" ? [{ section: s.id, ...b }] : [])),
  );

describe("patientEducation", () => {
  it("explains ketamine and the treatment, lists every side effect by tier, and when to get help", () => {
    const e = patientEducation();
    expect(e.sections.map((s) => s.id)).toEqual([
      "what-ketamine-is",
      "what-the-treatment-involves",
      "side-effects-common",
      "side-effects-less-common",
      "side-effects-rare",
      "get-help-at-once",
    ]);
    expect(
      cards(e)
        .map((c) => c.sideEffectId)
        .sort(),
    ).toEqual(CATALOGUE.map((c) => c.id).sort());
    expect(e).toMatchObject({ version: EDUCATION_VERSION, kbVersion: KB_VERSION });
    expect(allTexts(e).join(" ")).toContain("from about 40 minutes to a few hours");
    expect(allTexts(e).join(" ")).toContain("We ask how you feel 1 day, 3 days and 7 days after each drip.");
  });

  it("puts the effects the screening makes more likely first, and says why", () => {
    const e = patientEducation({
      screeningFindings: [
        { ruleId: "scr.seizure-disorder", relatedSideEffects: ["seizure"] },
        { ruleId: "ix.seizure-threshold", relatedSideEffects: ["seizure"] },
        { ruleId: "scr.nausea-history", relatedSideEffects: ["nausea", "vomiting"] },
        { ruleId: "test.urinary-baseline", relatedSideEffects: ["ketamine-cystitis"] },
      ],
    });
    expect(e.sections[2]!.id).toBe("side-effects-for-you");
    const first = cards(e).filter((c) => c.section === "side-effects-for-you");
    expect(first.map((c) => c.sideEffectId)).toEqual(["nausea", "vomiting", "seizure"]);
    expect(first[2]!.whyThisMattersForYou).toBe(
      "Why this matters for you: You have had fits. You take a medicine that can make fits more likely. These make it more likely for you. We watch for it closely.",
    );
    const rest = cards(e).filter((c) => c.section !== "side-effects-for-you");
    expect(rest.map((c) => c.sideEffectId)).not.toContain("seizure");
    expect(rest.find((c) => c.sideEffectId === "ketamine-cystitis")?.whyThisMattersForYou).toBeNull();
  });

  it("tells back what happened last time", () => {
    const { startedAt, chart } = lastInfusion();
    const e = patientEducation({ lastInfusion: { startedAt, entries: chart.entries } });
    const section = e.sections.find((s) => s.id === "last-time")!;
    expect(section.blocks).toEqual([
      {
        kind: "list",
        items: [
          "Your blood pressure rose most at about 40 minutes into the drip.",
          "It came back down before you went home.",
          "At about 20 minutes into the drip, you felt sick.",
          "It settled after we gave you medicine.",
        ],
      },
    ]);
  });

  it("stays at a reading age of about 12 (Flesch–Kincaid grade 7 or less)", () => {
    const { startedAt, chart } = lastInfusion();
    const findings = SCREENING_RULES.map((r) => ({
      ruleId: r.id,
      relatedSideEffects: relatedSideEffectsOf(r),
    }));
    const e = patientEducation({
      screeningFindings: findings,
      lastInfusion: { startedAt, entries: chart.entries },
    });
    for (const text of allTexts(e)) expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(7);
    // A card is read as one passage; the catalogue owns its sentences.
    for (const c of cards(e)) {
      const passage = [c.whatItFeelsLike, c.whyItHappens, c.whatWeDo, c.tellUsAtOnce].join(" ");
      expect(fleschKincaidGrade(passage), c.sideEffectId).toBeLessThanOrEqual(7);
    }
  });
});

describe("whyForYou", () => {
  it("has a plain reason for every screening rule that links a side effect", () => {
    const linking = SCREENING_RULES.filter(
      (r) => isPersonal({ ruleId: r.id }) && relatedSideEffectsOf(r).length > 0,
    );
    for (const r of linking) expect(PLAIN_REASONS[r.id], r.id).toBeDefined();
    // Each reason as the patient reads it: alone in its "Why this matters for you" text.
    for (const ruleId of Object.keys(PLAIN_REASONS)) {
      const text = whyForYou([{ ruleId, relatedSideEffects: ["nausea"] }]).get("nausea")!;
      expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(7);
    }
  });

  it("ignores findings about missing tests and unread medicine names", () => {
    expect(whyForYou([{ ruleId: "test.ecg", relatedSideEffects: ["hypertension"] }]).size).toBe(0);
  });
});

describe("lastTimeSentences", () => {
  it("says blood pressure stayed near usual when it rose less than 10 mmHg, and notes no side effects", () => {
    const chart = new Chart().gateDone(minute(-5));
    chart.add(minute(30), { kind: "vitals", sbp: 133 });
    expect(lastTimeSentences(minute(0), chart.entries)).toEqual([
      "Your blood pressure stayed close to your usual level.",
      "We did not note any side effects.",
    ]);
  });

  it("reads corrections: a withdrawn side effect is not told, an amended reading is read as amended", () => {
    const chart = new Chart().gateDone(minute(-5));
    const wrong = chart.add(minute(15), { kind: "side-effect", sideEffectId: "anxiety", grade: 1 });
    chart.add(minute(16), { kind: "entered-in-error" }, { amends: wrong.id, reason: "wrong patient" });
    const reading = chart.add(minute(25), { kind: "vitals", sbp: 170 });
    chart.add(minute(26), { kind: "vitals", sbp: 128 }, { amends: reading.id, reason: "typo" });
    chart.add(minute(7), { kind: "side-effect", sideEffectId: "dizziness", grade: 1 });
    expect(lastTimeSentences(minute(0), chart.entries)).toEqual([
      "Your blood pressure stayed close to your usual level.",
      "At about 7 minutes into the drip, you felt dizzy.",
      "Tell us at your check-in if it is still there.",
    ]);
  });

  it("says what settled an effect: care without medicine, or nothing", () => {
    const chart = new Chart();
    chart.add(minute(12), { kind: "side-effect", sideEffectId: "anxiety", grade: 1 });
    chart.add(minute(13), {
      kind: "intervention",
      forSideEffect: "anxiety",
      action: { type: "non-drug", text: "Reassured" },
    });
    chart.add(minute(20), { kind: "side-effect-resolved", sideEffectId: "anxiety" });
    chart.add(minute(33), { kind: "side-effect", sideEffectId: "dizziness", grade: 1 });
    chart.add(minute(50), { kind: "side-effect-resolved", sideEffectId: "dizziness" });
    expect(lastTimeSentences(minute(0), chart.entries)).toEqual([
      "At about 10 minutes into the drip, you felt anxious.",
      "It settled after we helped you.",
      "At about 35 minutes into the drip, you felt dizzy.",
      "It settled by itself.",
    ]);
  });

  it("follows a clinic's own check-in times", () => {
    const e = patientEducation({ checkins: { slots: [DEFAULT_CHECKIN_CONFIG.slots[1]!] } });
    expect(allTexts(e).join(" ")).toContain("We ask how you feel 3 days after each drip.");
  });
});
