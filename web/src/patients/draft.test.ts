import { describe, expect, it } from "vitest";
import type { PatientInput } from "../api/types";
import {
  changedFields,
  draftChanged,
  draftFromPatient,
  EMPTY_DRAFT,
  type PatientDraft,
  parseDraft,
} from "./draft";

const TODAY = "2026-11-25";

const valid: PatientDraft = {
  ...EMPTY_DRAFT,
  mrn: " KG-2000 ",
  givenName: "Ana",
  familyName: "Silva",
  dateOfBirth: "1984-03-09",
  sex: "female",
  weightKg: "68,5",
  weightMeasuredOn: "2026-11-20",
};

const stored: PatientInput = {
  mrn: "KG-2000",
  givenName: "Ana",
  familyName: "Silva",
  dateOfBirth: "1984-03-09",
  sex: "female",
  weight: { kg: 68.5, measuredOn: "2026-11-20" },
  height: null,
  allergies: [{ substance: "Penicillin", reaction: "hives" }],
  conditions: [{ code: "M79.7", label: "Fibromyalgia", since: "2019", controlled: false }],
  medications: [{ name: "Duloxetine", dose: "60 mg", frequency: "daily" }],
};

describe("parseDraft", () => {
  it("builds trimmed input with numbers, and null for unrecorded measurements", () => {
    const result = parseDraft(valid, TODAY);
    expect(result).toEqual({
      ok: true,
      input: {
        mrn: "KG-2000",
        givenName: "Ana",
        familyName: "Silva",
        dateOfBirth: "1984-03-09",
        sex: "female",
        weight: { kg: 68.5, measuredOn: "2026-11-20" },
        height: null,
        allergies: [],
        conditions: [],
        medications: [],
      },
    });
  });

  it("names each missing required field by its API path", () => {
    const result = parseDraft(EMPTY_DRAFT, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["/dateOfBirth", "/familyName", "/givenName", "/mrn"]);
  });

  it("rejects a weight that is not a positive number, or has no date measured", () => {
    const result = parseDraft({ ...valid, weightKg: "-2", weightMeasuredOn: "" }, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors["/weight/kg"]).toMatch(/number above 0/);
    expect(result.errors["/weight/measuredOn"]).toMatch(/date the weight was measured/);
  });

  it("rejects dates in the future", () => {
    const result = parseDraft(
      { ...valid, dateOfBirth: "2027-01-01", heightCm: "170", heightMeasuredOn: "2026-12-01" },
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors["/dateOfBirth"]).toMatch(/future/);
    expect(result.errors["/height/measuredOn"]).toMatch(/future/);
  });

  it("accepts a condition onset known only to the year or month, and rejects other text", () => {
    const condition = { code: "I10", label: "Hypertension", controlled: "yes" as const, notes: "" };
    const ok = parseDraft({ ...valid, conditions: [{ ...condition, since: "2015-06" }] }, TODAY);
    expect(ok.ok).toBe(true);
    const bad = parseDraft({ ...valid, conditions: [{ ...condition, since: "June 2015" }] }, TODAY);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toHaveProperty("/conditions/0/since");
  });

  it("requires the named parts of list rows", () => {
    const draft = {
      ...valid,
      allergies: [{ substance: " ", reaction: "rash" }],
      medications: [{ name: "", dose: "5 mg", frequency: "" }],
    };
    const result = parseDraft(draft, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveProperty("/allergies/0/substance");
    expect(result.errors).toHaveProperty("/medications/0/name");
  });
});

describe("changedFields", () => {
  it("round-trips a stored record without changes", () => {
    const result = parseDraft(draftFromPatient(stored), TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(changedFields(stored, result.input)).toEqual({});
  });

  it("sends only the corrected field", () => {
    const draft = { ...draftFromPatient(stored), weightKg: "70.2" };
    const result = parseDraft(draft, TODAY);
    if (!result.ok) throw new Error("expected a valid draft");
    expect(changedFields(stored, result.input)).toEqual({ weight: { kg: 70.2, measuredOn: "2026-11-20" } });
  });

  it("ignores key order and unstated optional fields in stored rows", () => {
    const fromServer: PatientInput = {
      ...stored,
      conditions: [{ since: "2015", label: "Hypertension", code: "I10" }],
      weight: { measuredOn: "2026-11-20", kg: 68.5 },
    };
    const result = parseDraft(draftFromPatient(fromServer), TODAY);
    if (!result.ok) throw new Error("expected a valid draft");
    expect(changedFields(fromServer, result.input)).toEqual({});
  });

  it("sends null when a measurement is cleared", () => {
    expect(changedFields(stored, { ...stored, weight: null })).toEqual({ weight: null });
  });
});

describe("draftChanged", () => {
  const opened = draftFromPatient(stored);

  it("sees no change in a form as it was opened, or typed in and put back", () => {
    expect(draftChanged(opened, draftFromPatient(stored))).toBe(false);
    expect(draftChanged(EMPTY_DRAFT, { ...EMPTY_DRAFT })).toBe(false);
    const retyped = { ...opened, weightKg: "70" };
    expect(draftChanged(opened, { ...retyped, weightKg: opened.weightKg })).toBe(false);
  });

  it("sees a typed field, a changed row and an added row as changes", () => {
    expect(draftChanged(EMPTY_DRAFT, { ...EMPTY_DRAFT, givenName: "N" })).toBe(true);
    expect(draftChanged(opened, { ...opened, sex: "male" })).toBe(true);
    const reaction = [{ ...opened.allergies[0]!, reaction: "rash" }];
    expect(draftChanged(opened, { ...opened, allergies: reaction })).toBe(true);
    const added = [...opened.medications, { name: "", dose: "", frequency: "" }];
    expect(draftChanged(opened, { ...opened, medications: added })).toBe(true);
  });
});
