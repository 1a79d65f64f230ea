import { describe, expect, it } from "vitest";
import { screen } from "../../../src/clinical/screening/screen";
import type { Patient } from "../api/types";
import {
  draftFromContent,
  draftFromPatient,
  type EvaluationDraft,
  parseDraft,
  screeningInput,
} from "./draft";

const PATIENT: Patient = {
  id: "p1",
  version: 1,
  updatedAt: "2026-01-12T00:00:00Z",
  mrn: "KG-1003",
  givenName: "Helen",
  familyName: "Achterberg",
  dateOfBirth: "1979-12-23",
  sex: "female",
  weight: { kg: 71, measuredOn: "2026-01-12" },
  height: { cm: 165, measuredOn: "2026-01-12" },
  allergies: [],
  conditions: [],
  medications: [{ name: "Bupropion (Wellbutrin XL)", dose: "300 mg", frequency: "once daily" }],
};

const TODAY = "2026-11-25";
const NOW = "2026-11-25T10:00:00.000Z";

function filled(changes: Partial<EvaluationDraft> = {}): EvaluationDraft {
  return {
    ...draftFromPatient(PATIENT),
    painNow: "6",
    painAverage: "5",
    painWorst: "9",
    hr: "72",
    sbp: "124",
    dbp: "78",
    spo2: "98",
    rr: "14",
    ...changes,
  };
}

describe("evaluation form", () => {
  it("starts from the record's medications, weight and height", () => {
    const draft = draftFromPatient(PATIENT);
    expect(draft.medications[0]?.name).toBe("Bupropion (Wellbutrin XL)");
    expect(draft.weightKg).toBe("71");
    expect(draft.heightCm).toBe("165");
  });

  it("builds the content to save and reads it back unchanged", () => {
    const result = parseDraft(filled({ conditions: ["seizure-disorder"] }), TODAY, NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.content.pain).toEqual({ now: 6, average: 5, worst: 9 });
    expect(result.content.vitals).toMatchObject({ sbp: 124, dbp: 78, weightKg: 71, measuredAt: NOW });
    const again = parseDraft(draftFromContent(result.content), TODAY, NOW);
    expect(again).toEqual(result);
  });

  it("refuses impossible values, naming each field", () => {
    const result = parseDraft(
      filled({
        painNow: "11",
        sbp: "70",
        dbp: "80",
        weightKg: "0",
        labs: [{ name: "ALT", value: "30", unit: "U/L", takenOn: "2026-11-26" }],
      }),
      TODAY,
      NOW,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors["/pain/now"]).toBe("Pain now must be a whole number from 0 to 10 /10");
    expect(result.errors["/vitals/sbp"]).toBe("Systolic pressure must be above the diastolic pressure");
    expect(result.errors["/vitals/weightKg"]).toBe("Weight must be from 20 to 350 kg");
    expect(result.errors["/labs/0/takenOn"]).toBe("A test result cannot be dated in the future");
  });

  it("lets the screening rules see a half-filled form: bupropion, then with a seizure history", () => {
    const findingFor = (draft: EvaluationDraft) =>
      screen(screeningInput(draft, PATIENT, NOW)).findings.find((f) => f.ruleId === "ix.seizure-threshold");
    const draft = draftFromPatient(PATIENT);
    expect(findingFor(draft)?.severity).toBe("caution");
    const withSeizures = findingFor({ ...draft, conditions: ["seizure-disorder"] });
    expect(withSeizures?.severity).toBe("contraindication");
    expect(withSeizures?.trigger).toContain("seizure disorder");
    expect(withSeizures?.sources.length).toBeGreaterThan(0);
  });

  it("counts co-existing anxiety as a history item the rules read", () => {
    const input = screeningInput({ ...filled(), anxiety: true }, PATIENT, NOW);
    expect(input.history.conditions).toContain("anxiety-disorder");
  });
});
