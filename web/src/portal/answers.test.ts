import { describe, expect, it } from "vitest";
import { PRO_ITEMS, proItem, RED_FLAG_QUESTIONS } from "../../../src/clinical/followup/pro-items";
import { triage } from "../../../src/clinical/followup/triage";
import {
  buildAnswers,
  EMPTY_FORM,
  fieldKey,
  formProblems,
  onsetAt,
  type ReportForm,
  visibleAttributes,
  withSymptom,
} from "./answers";

const allNo: ReportForm = {
  ...EMPTY_FORM,
  redFlags: Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, false])),
};
const anxiety = proItem("fu.pro.anxiety")!;
const NOW = new Date(2026, 10, 25, 15, 0).getTime();

describe("visibleAttributes", () => {
  it("asks every attribute until the first is answered 0, then only the first", () => {
    expect(visibleAttributes(anxiety, undefined)).toEqual(["frequency", "severity", "interference"]);
    expect(visibleAttributes(anxiety, { frequency: 2 })).toEqual(["frequency", "severity", "interference"]);
    expect(visibleAttributes(anxiety, { frequency: 0 })).toEqual(["frequency"]);
  });
});

describe("formProblems", () => {
  it("asks for a yes or no to every warning sign", () => {
    const problems = formProblems(EMPTY_FORM, PRO_ITEMS, NOW);
    for (const q of RED_FLAG_QUESTIONS) expect(problems[fieldKey.redFlag(q.id)]).toBe("Answer yes or no.");
    expect(formProblems(allNo, PRO_ITEMS, NOW)).toEqual({});
  });

  it("asks for the rest of a symptom once it was felt", () => {
    const form = withSymptom(allNo, anxiety, "frequency", 3);
    expect(Object.keys(formProblems(form, PRO_ITEMS, NOW))).toEqual([
      fieldKey.symptom(anxiety.id, "severity"),
      fieldKey.symptom(anxiety.id, "interference"),
    ]);
    expect(formProblems(withSymptom(allNo, anxiety, "frequency", 0), PRO_ITEMS, NOW)).toEqual({});
  });

  it("refuses relief outside 0–100 or not a whole number, and accepts it blank", () => {
    for (const typed of ["101", "-1", "42.5", "a lot"])
      expect(
        formProblems({ ...allNo, reliefPercent: typed }, PRO_ITEMS, NOW)[fieldKey.reliefPercent],
      ).toBeDefined();
    for (const typed of ["", " ", "0", "100", "42"])
      expect(formProblems({ ...allNo, reliefPercent: typed }, PRO_ITEMS, NOW)).toEqual({});
  });

  it("refuses a start later than now, in the patient's own time zone", () => {
    const at = (onset: string) => formProblems({ ...allNo, onset }, PRO_ITEMS, NOW)[fieldKey.onset];
    expect(at("2026-11-25T15:01")).toBe("This cannot be later than now.");
    expect(at("2026-11-25T15:00")).toBeUndefined();
    expect(at("")).toBeUndefined();
    expect(onsetAt({ ...allNo, onset: "2026-11-25T15:00" })).toBe(new Date(NOW).toISOString());
    expect(onsetAt({ ...allNo, onset: "" })).toBeUndefined();
  });
});

describe("buildAnswers", () => {
  it("sends what was answered, leaving out hidden follow-ups and blank fields", () => {
    let form = withSymptom(allNo, anxiety, "severity", 3);
    form = withSymptom(form, anxiety, "frequency", 0);
    const dizziness = proItem("fu.pro.dizziness")!;
    form = withSymptom(withSymptom(form, dizziness, "severity", 1), dizziness, "interference", 0);
    const answers = buildAnswers({ ...form, painNow: 4, reliefPercent: " 30 ", text: "  " }, PRO_ITEMS);
    expect(answers).toEqual({
      // Item order, whatever order they were answered in.
      symptoms: [
        { itemId: dizziness.id, answers: { severity: 1, interference: 0 } },
        { itemId: anxiety.id, answers: { frequency: 0 } },
      ],
      redFlags: RED_FLAG_QUESTIONS.map((q) => ({ questionId: q.id, answer: false })),
      painNowNrs: 4,
      reliefPercent: 30,
    });
    expect(triage(answers).level).toBe("self-care");
  });

  it("carries a yes to a warning sign through to an emergency", () => {
    const seizure = RED_FLAG_QUESTIONS.find((q) => q.id === "fu.red-flag.seizure")!;
    const form = { ...allNo, redFlags: { ...allNo.redFlags, [seizure.id]: true }, text: "had a fit" };
    const answers = buildAnswers(form, PRO_ITEMS);
    expect(answers.freeText).toBe("had a fit");
    expect(triage(answers).level).toBe("emergency");
  });

  it("refuses an incomplete form rather than send it", () => {
    expect(() => buildAnswers(withSymptom(allNo, anxiety, "frequency", 2), PRO_ITEMS)).toThrow(RangeError);
  });
});
