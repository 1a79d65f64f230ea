import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { SCREENING_RULES } from "../screening/rules";
import { byTier, CATALOGUE, isRedFlag, managementFor, sideEffect } from "./index";
import { fleschKincaidGrade } from "./readability";
import {
  type Grade,
  type ManagementStep,
  SIDE_EFFECT_IDS,
  type SideEffectEntry,
  type SideEffectId,
} from "./types";

const ALL_GRADES: readonly Grade[] = [1, 2, 3, 4, 5];

function definedGrades(entry: SideEffectEntry): Grade[] {
  return ALL_GRADES.filter((g) => entry.grading.grades[g] !== undefined);
}

function stepsOf(entry: SideEffectEntry): { id: string; step: ManagementStep }[] {
  return entry.management.flatMap((band) =>
    band.steps.map((step, i) => ({ id: `${entry.id}.grade${band.grades.join("-")}.step${i + 1}`, step })),
  );
}

const allSteps = CATALOGUE.flatMap(stepsOf);
const drugSteps = allSteps.filter(({ step }) => step.drug !== undefined);

function drugStep(entryId: SideEffectId, drug: string, dose: string): ManagementStep {
  const found = stepsOf(sideEffect(entryId)).find(
    ({ step }) => step.drug?.drug.startsWith(drug) && step.drug.dose === dose,
  );
  if (found === undefined) throw new Error(`${entryId} has no ${drug} ${dose} step`);
  return found.step;
}

describe("catalogue contents", () => {
  it("holds every side effect id exactly once", () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(ids).toHaveLength(SIDE_EFFECT_IDS.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...SIDE_EFFECT_IDS].sort());
  });

  it("looks entries up by id", () => {
    for (const id of SIDE_EFFECT_IDS) expect(sideEffect(id).id).toBe(id);
  });

  it("groups entries by tier in the seed article's order, unnamed effects last", () => {
    expect(byTier("common").map((e) => e.id)).toEqual([
      "dizziness",
      "nausea",
      "vomiting",
      "dissociation",
      "altered-perception",
      "tachycardia",
      "hypertension",
      "headache",
    ]);
    expect(byTier("less-common").map((e) => e.id)).toEqual([
      "anxiety",
      "agitation",
      "confusion",
      "visual-disturbance",
      "fatigue-sedation",
      "hypersalivation",
    ]);
    expect(byTier("rare").map((e) => e.id)).toEqual([
      "psychotic-symptoms",
      "ketamine-cystitis",
      "anaphylaxis",
      "seizure",
      "respiratory-depression",
      "liver-injury",
    ]);
  });

  it("versions every entry", () => {
    for (const entry of CATALOGUE) expect(entry.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("citations", () => {
  it("cites at least one known source for every entry, incidence, mechanism, grading, step and red flag", () => {
    const items = CATALOGUE.flatMap((entry) => [
      entry,
      { id: `${entry.id}.incidence`, sources: entry.incidence.sources },
      { id: `${entry.id}.mechanism`, sources: entry.mechanism.sources },
      { id: `${entry.id}.grading`, sources: entry.grading.sources },
      ...stepsOf(entry).map(({ id, step }) => ({ id, sources: step.sources })),
      ...entry.redFlags.map((flag, i) => ({ id: `${entry.id}.redFlag${i + 1}`, sources: flag.sources })),
    ]);
    expect(citationProblems(items)).toEqual([]);
  });

  it("lists on each entry every source cited inside it", () => {
    for (const entry of CATALOGUE) {
      const inside = [
        ...entry.incidence.sources,
        ...entry.mechanism.sources,
        ...entry.grading.sources,
        ...stepsOf(entry).flatMap(({ step }) => step.sources),
        ...entry.redFlags.flatMap((f) => f.sources),
        ...entry.codes.flatMap((c) => c.sources ?? []),
      ];
      expect(entry.sources, entry.id).toEqual(expect.arrayContaining(inside));
    }
  });
});

describe("grading and management", () => {
  it("has exactly one management band for every grade the scale defines, and none for other grades", () => {
    for (const entry of CATALOGUE) {
      const covered = entry.management.flatMap((b) => b.grades);
      expect([...covered].sort(), entry.id).toEqual(definedGrades(entry));
    }
  });

  it("returns the band covering a grade", () => {
    expect(managementFor("hypertension", 3).grades).toContain(3);
    expect(managementFor("hypertension", 1).action).toBe("continue");
    expect(managementFor("anaphylaxis", 4).action).toBe("emergency");
  });

  it("refuses a grade the scale does not define", () => {
    expect(() => managementFor("anaphylaxis", 1)).toThrow(RangeError);
    expect(() => managementFor("respiratory-depression", 1)).toThrow(RangeError);
    expect(() => managementFor("dizziness", 4)).toThrow(/no grade 4/);
  });

  it("escalates the infusion action as the grade rises", () => {
    const rank = { continue: 0, slow: 1, pause: 2, stop: 3, emergency: 4 } as const;
    for (const entry of CATALOGUE) {
      const actions = definedGrades(entry).map((g) => rank[managementFor(entry.id, g).action]);
      expect(actions, entry.id).toEqual([...actions].sort((a, b) => a - b));
    }
  });

  it("orders steps non-drug (and infusion changes) first, then drugs, then escalation", () => {
    const rank = { "non-drug": 0, infusion: 0, drug: 1, escalation: 2 } as const;
    for (const entry of CATALOGUE) {
      for (const band of entry.management) {
        const ranks = band.steps.map((s) => rank[s.kind]);
        expect(ranks, `${entry.id} grade ${band.grades.join(",")}`).toEqual([...ranks].sort((a, b) => a - b));
        expect(band.steps.length).toBeGreaterThan(0);
      }
    }
  });

  it("states a dose with a unit for every drug step, and only drug steps name a drug", () => {
    expect(drugSteps.length).toBeGreaterThan(0);
    for (const { id, step } of allSteps) {
      expect(step.kind === "drug", id).toBe(step.drug !== undefined);
    }
    for (const { id, step } of drugSteps) {
      expect(step.drug?.dose, id).toMatch(/^\d+(?:\.\d+)?(?:–\d+(?:\.\d+)?)? (?:mg|mcg|g|mL)(?:\/kg)?$/);
    }
  });
});

describe("red flags", () => {
  it("makes anaphylaxis, seizure and respiratory depression emergencies from grade 3 or lower", () => {
    for (const id of ["anaphylaxis", "seizure", "respiratory-depression"] as const) {
      const from = sideEffect(id).redFlagFromGrade;
      expect(from, id).not.toBeNull();
      expect(from!, id).toBeLessThanOrEqual(3);
      for (const g of definedGrades(sideEffect(id)).filter((g) => g >= from!)) {
        expect(isRedFlag(id, g), `${id} grade ${g}`).toBe(true);
        expect(managementFor(id, g).action, `${id} grade ${g}`).toBe("emergency");
      }
    }
  });

  it("treats any seizure as an emergency", () => {
    expect(isRedFlag("seizure", 1)).toBe(true);
  });

  it("makes psychotic symptoms an emergency only with danger (grade 4)", () => {
    expect(isRedFlag("psychotic-symptoms", 3)).toBe(false);
    expect(isRedFlag("psychotic-symptoms", 4)).toBe(true);
  });

  it("never flags an effect whose entry has no red-flag grade", () => {
    for (const g of ALL_GRADES) {
      expect(isRedFlag("nausea", g)).toBe(false);
      expect(isRedFlag("liver-injury", g)).toBe(false);
    }
  });

  it("recommends the emergency action exactly at red-flag grades, so alerts and steps agree", () => {
    for (const entry of CATALOGUE) {
      for (const g of definedGrades(entry)) {
        expect(managementFor(entry.id, g).action === "emergency", `${entry.id} grade ${g}`).toBe(
          isRedFlag(entry.id, g),
        );
      }
    }
  });

  it("gives every emergency band an escalation step", () => {
    for (const entry of CATALOGUE) {
      for (const band of entry.management.filter((b) => b.action === "emergency")) {
        expect(
          band.steps.some((s) => s.kind === "escalation"),
          entry.id,
        ).toBe(true);
      }
    }
  });
});

describe("evidence", () => {
  it.each([
    ["ondansetron", "4 mg"], // sourced only for procedural sedation, not chronic-pain infusions
    ["labetalol", "10–20 mg"], // no IV antihypertensive dose in the sources
    ["midazolam", "1–2 mg"], // fixed rescue dose consistent with, but not stated by, the sources
    ["adrenaline", "0.5 mg"], // anaphylaxis dose left to local protocol
    ["midazolam", "10 mg"], // no seizure dose in the sources
    ["lorazepam", "4 mg"],
    ["lorazepam", "1–2 mg"], // dose sourced, route not
    ["glycopyrronium", "0.2 mg"], // antisialogogue dose not sourced
  ])(
    "marks %s %s, which the facts leave unconfirmed, as a practice default wherever it appears",
    (drug, dose) => {
      const uses = drugSteps.filter(
        ({ step }) => step.drug?.drug.startsWith(drug) && step.drug.dose === dose,
      );
      expect(uses.length).toBeGreaterThan(0);
      for (const { id, step } of uses) expect(step.evidence, id).toBe("practice-default");
    },
  );

  it("has no sourced drug step other than the doses the sources state", () => {
    const sourcedDoses = drugSteps
      .filter(({ step }) => step.evidence === "sourced")
      .map(({ step }) => `${step.drug?.drug} ${step.drug?.dose}`);
    expect(new Set(sourcedDoses)).toEqual(new Set(["clonidine 0.1 mg", "midazolam 0.03 mg/kg"]));
  });

  it("keeps doses the sources state as sourced", () => {
    expect(drugStep("hypertension", "clonidine", "0.1 mg").evidence).toBe("sourced");
    expect(drugStep("anxiety", "midazolam", "0.03 mg/kg").evidence).toBe("sourced");
  });

  it("marks the suggested sedation and agitation cut-offs as practice defaults", () => {
    const rassFlags = CATALOGUE.flatMap((e) => e.redFlags).filter((f) => /RASS|MOAA\/S/.test(f.text));
    expect(rassFlags.length).toBeGreaterThan(0);
    for (const flag of rassFlags) expect(flag.evidence, flag.text).toBe("practice-default");
  });
});

describe("risk factors", () => {
  it("links only to rules the screening module defines", () => {
    const defined = new Set(SCREENING_RULES.map((rule) => rule.id));
    const linked = CATALOGUE.flatMap((e) => e.riskFactors.flatMap((r) => r.screeningRuleIds));
    expect(linked.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("links the main screening conditions to the effects they predict", () => {
    const linked = (id: SideEffectId) => sideEffect(id).riskFactors.flatMap((r) => r.screeningRuleIds);
    expect(linked("hypertension")).toContain("scr.hypertension-uncontrolled");
    expect(linked("seizure")).toEqual(expect.arrayContaining(["scr.seizure-disorder", "ix.theophylline"]));
    expect(linked("psychotic-symptoms")).toContain("scr.psychosis-history");
    expect(linked("anaphylaxis")).toContain("scr.hypersensitivity");
    expect(linked("respiratory-depression")).toEqual(
      expect.arrayContaining(["ix.opioid", "ix.benzodiazepine"]),
    );
    expect(linked("ketamine-cystitis")).toContain("scr.ketamine-cystitis-history");
    expect(linked("liver-injury")).toContain("scr.hepatic-impairment");
  });
});

describe("codes", () => {
  const code = (id: SideEffectId, system: string, value: string) =>
    sideEffect(id).codes.find((c) => c.system === system && c.code === value);

  it.each([
    ["dizziness", "SNOMED CT", "404640003"],
    ["hypertension", "CTCAE", "10020772"],
    ["anaphylaxis", "SNOMED CT", "39579001"],
    ["respiratory-depression", "CTCAE", "10021143"],
    ["confusion", "SNOMED CT", "286933003"],
    ["ketamine-cystitis", "CTCAE", "10063057"],
  ] as const)("marks %s %s %s, which the facts confirm, as verified", (id, system, value) => {
    expect(code(id, system, value)?.verified).toBe(true);
  });

  it.each([
    ["tachycardia", "SNOMED CT", "3424008"],
    ["tachycardia", "MedDRA", "10043071"],
    ["anaphylaxis", "MedDRA", "10002198"],
  ] as const)("marks %s %s %s, which the facts leave unconfirmed, as not verified", (id, system, value) => {
    expect(code(id, system, value)?.verified).toBe(false);
  });

  it("cites a known source for every verified code", () => {
    const verified = CATALOGUE.flatMap((e) =>
      e.codes.filter((c) => c.verified).map((c) => ({ id: `${e.id}:${c.code}`, sources: c.sources ?? [] })),
    );
    expect(citationProblems(verified)).toEqual([]);
  });
});

describe("patient text", () => {
  it("fills every field", () => {
    for (const { id, patient } of CATALOGUE) {
      for (const text of Object.values(patient)) expect(text.trim().length, id).toBeGreaterThan(0);
    }
  });

  it("reads at grade 8 or below on average for every entry", () => {
    for (const { id, patient } of CATALOGUE) {
      const fields = [patient.whatItFeelsLike, patient.whyItHappens, patient.whatWeDo, patient.tellUsAtOnce];
      const mean = fields.reduce((sum, f) => sum + fleschKincaidGrade(f), 0) / fields.length;
      expect(mean, id).toBeLessThanOrEqual(8);
    }
  });
});

describe("further infusions", () => {
  it("rules out re-exposure after anaphylaxis and ketamine cystitis, and asks for review after a seizure", () => {
    expect(sideEffect("anaphylaxis").contraindicatesFurtherInfusions).toBe("yes");
    expect(sideEffect("ketamine-cystitis").contraindicatesFurtherInfusions).toBe("yes");
    expect(sideEffect("seizure").contraindicatesFurtherInfusions).toBe("review");
    expect(sideEffect("nausea").contraindicatesFurtherInfusions).toBe("no");
  });
});
