import { describe, expect, it } from "vitest";
import { COMBINATIONS, INGREDIENTS } from "./dictionary";
import { lookupMedication, type MedicationMatch } from "./lookup";

function matched(name: string): MedicationMatch {
  const r = lookupMedication(name);
  if (r.kind !== "matched") throw new Error(`${name} did not resolve`);
  return r;
}

describe("medication dictionary", () => {
  it("knows at least 200 names", () => {
    const names = INGREDIENTS.flatMap((e) => [e.ingredient, ...e.otherNames]).length + COMBINATIONS.length;
    expect(names).toBeGreaterThanOrEqual(200);
  });

  it("resolves every name it lists to that entry's ingredients (no name is shadowed by another)", () => {
    for (const e of INGREDIENTS) {
      for (const n of [e.ingredient, ...e.otherNames]) {
        const r = matched(n);
        expect({ n, ingredients: r.ingredients }).toEqual({ n, ingredients: [e.ingredient] });
        expect(r.how).toBe("exact");
      }
    }
    for (const c of COMBINATIONS) expect(matched(c.name).ingredients).toEqual(c.ingredients);
  });

  it("lists only known ingredients in combination products", () => {
    const known = new Set(INGREDIENTS.map((e) => e.ingredient));
    expect(COMBINATIONS.flatMap((c) => c.ingredients).filter((i) => !known.has(i))).toEqual([]);
  });
});

describe("lookupMedication", () => {
  it.each([
    ["Xanax", "alprazolam", ["benzodiazepine"]],
    ["Ativan 1mg", "lorazepam", ["benzodiazepine"]],
    ["Klonopin", "clonazepam", ["benzodiazepine"]],
    ["OxyContin 20 mg ER", "oxycodone", ["opioid"]],
    ["Dilaudid", "hydromorphone", ["opioid"]],
    ["Ultram", "tramadol", ["opioid", "seizure-threshold"]],
    ["Wellbutrin XL 300mg", "bupropion", ["seizure-threshold"]],
    ["Zyban", "bupropion", ["seizure-threshold"]],
    ["Synthroid 100 mcg", "levothyroxine", ["thyroid-hormone"]],
    ["Vyvanse", "lisdexamfetamine", ["sympathomimetic"]],
    ["Ritalin LA", "methylphenidate", ["sympathomimetic"]],
    ["Nardil", "phenelzine", ["maoi"]],
    ["rifampin", "rifampicin", ["cyp-inducer"]],
    ["Plavix", "clopidogrel", ["cyp2b6-inhibitor"]],
    ["Cardizem CD 180 mg", "diltiazem", ["antihypertensive", "cyp3a4-inhibitor"]],
    ["Lamictal", "lamotrigine", ["lamotrigine"]],
    ["Namenda", "memantine", ["memantine"]],
    ["Lexapro", "escitalopram", ["ssri"]],
    ["Uniphyl", "theophylline", ["theophylline"]],
    ["Luminal", "phenobarbital", ["cns-depressant", "cyp-inducer"]],
  ])("%s → %s %j", (input, ingredient, classes) => {
    const r = matched(input);
    expect(r.ingredients).toEqual([ingredient]);
    expect(r.classes).toEqual(classes);
  });

  it("resolves a combination product to every ingredient and the union of their classes", () => {
    const r = matched("Percocet 5/325");
    expect(r.matchedName).toBe("Percocet");
    expect(r.ingredients).toEqual(["oxycodone", "paracetamol"]);
    expect(r.classes).toEqual(["opioid"]);
    expect(matched("Adderall XR 20 mg").classes).toEqual(["sympathomimetic"]);
  });

  it("keeps codeine in Tylenol #3 apart from plain Tylenol", () => {
    expect(matched("Tylenol #3").ingredients).toEqual(["codeine", "paracetamol"]);
    expect(matched("Tylenol 500 mg").ingredients).toEqual(["paracetamol"]);
  });

  it("reads odd spacing, capitals and punctuation", () => {
    expect(matched("oxy contin").ingredients).toEqual(["oxycodone"]);
    expect(matched("ST JOHNS WORT").classes).toEqual(["cyp-inducer"]);
    expect(matched("theo 24").ingredients).toEqual(["theophylline"]);
  });

  it("drops a strength written without its unit, and says so", () => {
    const r = matched("bupropion 150");
    expect(r.ingredients).toEqual(["bupropion"]);
    expect(r.how).toBe("without-number");
  });

  it("reads a combination written as its generic names, and only when every word is known", () => {
    const r = matched("oxycodone/acetaminophen 5/325 mg");
    expect(r.ingredients).toEqual(["oxycodone", "paracetamol"]);
    expect(r.classes).toEqual(["opioid"]);
    expect(r.how).toBe("by-word");
    expect(matched("lisinopril and HCTZ").ingredients).toEqual(["lisinopril", "hydrochlorothiazide"]);
    expect(lookupMedication("oxycodone mystery-herb").kind).toBe("unmatched");
  });

  it("ignores route and form words such as buccal film", () => {
    expect(matched("Belbuca buccal film 150 mcg").ingredients).toEqual(["buprenorphine"]);
  });

  it("corrects a one-letter spelling slip in a long name and marks it for confirmation", () => {
    const r = matched("Welbutrin");
    expect(r.ingredients).toEqual(["bupropion"]);
    expect(r.how).toBe("spelling");
    expect(matched("Percoset").matchedName).toBe("Percocet");
  });

  it("does not guess at short names or names two edits away", () => {
    expect(lookupMedication("Soms").kind).toBe("unmatched");
    expect(lookupMedication("Wellbootrin").kind).toBe("unmatched");
  });

  it("knows a drug with no interaction and returns no classes for it", () => {
    const r = matched("acetaminophen 500 mg");
    expect(r.ingredients).toEqual(["paracetamol"]);
    expect(r.classes).toEqual([]);
  });

  it("returns unmatched for free text it cannot check", () => {
    expect(lookupMedication("herbal sleep tea")).toEqual({ kind: "unmatched", input: "herbal sleep tea" });
    expect(lookupMedication("")).toEqual({ kind: "unmatched", input: "" });
  });
});
