import { describe, expect, it } from "vitest";
import { SIDE_EFFECT_IDS } from "../../catalogue/types";
import { citationProblems } from "../../provenance";
import { THRESHOLD_LIST } from "../thresholds";
import { SCREENING_RULES } from ".";

/** Ids other modules link to; renaming one breaks those links. */
const LINKED_IDS = [
  "scr.hypertension-uncontrolled",
  "scr.hypertension-controlled",
  "scr.cardiovascular-disease",
  "scr.aneurysm-stroke-ich",
  "scr.pregnancy",
  "scr.breastfeeding",
  "scr.psychosis-history",
  "scr.hepatic-impairment",
  "scr.raised-icp-iop",
  "scr.hyperthyroidism",
  "scr.porphyria",
  "scr.substance-use",
  "scr.ketamine-cystitis-history",
  "scr.seizure-disorder",
  "scr.hypersensitivity",
  "scr.age-extreme",
  "scr.anxiety-history",
  "scr.nausea-history",
  "scr.respiratory-disease",
  "ix.benzodiazepine",
  "ix.opioid",
  "ix.cns-depressant",
  "ix.maoi",
  "ix.sympathomimetic",
  "ix.thyroid-hormone",
  "ix.theophylline",
  "ix.antihypertensive",
  "ix.cyp-inhibitor",
  "ix.cyp-inducer",
  "ix.lamotrigine",
  "ix.memantine",
  "ix.seizure-threshold",
  "med.unchecked",
  "test.lft-before-repeat",
  "test.pregnancy",
  "test.ecg",
];

describe("SCREENING_RULES", () => {
  it("cites only registered sources, every rule at least one", () => {
    expect(citationProblems(SCREENING_RULES)).toEqual([]);
  });

  it("cites only registered sources for every threshold", () => {
    expect(citationProblems(THRESHOLD_LIST)).toEqual([]);
  });

  it("contains every linked id exactly once, and no id twice", () => {
    const ids = SCREENING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(LINKED_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("has clinician text, a version and known side-effect links on every rule", () => {
    for (const r of SCREENING_RULES) {
      expect(r.version, r.id).toMatch(/^\d+$/);
      expect(r.title.trim(), r.id).not.toBe("");
      for (const text of [r.whenFires, r.rationale, r.whatToDo])
        expect(text.length, r.id).toBeGreaterThan(20);
      for (const se of r.relatedSideEffects) expect(SIDE_EFFECT_IDS, r.id).toContain(se);
    }
  });

  it("lists other severities only when they differ from the usual one", () => {
    for (const r of SCREENING_RULES)
      for (const a of r.alsoAs ?? []) expect(a.severity, r.id).not.toBe(r.severity);
  });

  it("marks interaction rules built on unconfirmed classes as practice defaults", () => {
    const byId = new Map(SCREENING_RULES.map((r) => [r.id, r]));
    expect(byId.get("ix.memantine")?.evidence).toBe("practice-default");
    expect(byId.get("ix.seizure-threshold")?.evidence).toBe("practice-default");
    expect(byId.get("test.pregnancy")?.evidence).toBe("practice-default");
    expect(byId.get("ix.theophylline")?.evidence).toBe("sourced");
  });
});
