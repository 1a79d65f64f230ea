import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INGREDIENTS } from "../medications/dictionary";
import { KB_VERSION } from "../provenance";
import { CONDITION_CODES, LAB_NAMES, type ScreeningInput } from "./input";
import { SCREENING_RULES } from "./rules";
import { SEVERITY_ORDER } from "./rules/types";
import { overrideNeedsReason, screen, suggestDecision } from "./screen";

const dateText = fc.oneof(
  fc
    .date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.string(),
);
const num = fc.option(fc.oneof(fc.integer({ min: -50, max: 400 }), fc.double()), { nil: undefined });
const medName = fc.oneof(
  fc.constantFrom(...INGREDIENTS.flatMap((e) => [e.ingredient, ...e.otherNames])),
  fc.string(),
);

const inputArb: fc.Arbitrary<ScreeningInput> = fc.record({
  patient: fc.record({ dateOfBirth: dateText, sex: fc.constantFrom("female", "male", "other", "unknown") }),
  asOf: dateText.map((d) => `${d}T09:00:00Z`),
  history: fc.record(
    {
      conditions: fc.subarray(CONDITION_CODES),
      hypertensionControlled: fc.boolean(),
      hyperthyroidismTreated: fc.boolean(),
    },
    { requiredKeys: ["conditions"] },
  ),
  medications: fc.array(fc.record({ name: medName }), { maxLength: 6 }),
  allergies: fc.array(fc.record({ substance: fc.oneof(fc.constant("ketamine"), fc.string()) }), {
    maxLength: 3,
  }),
  vitals: fc.option(fc.record({ sbp: num, dbp: num, hr: num, spo2: num, rr: num }), { nil: undefined }),
  labs: fc.option(
    fc.array(
      fc.record({
        name: fc.constantFrom(...LAB_NAMES),
        value: fc.oneof(fc.double(), fc.string(), fc.constantFrom("positive", "negative")),
        unit: fc.string(),
        takenOn: dateText,
      }),
      { maxLength: 6 },
    ),
    { nil: undefined },
  ),
  exposure: fc.option(
    fc.record({ priorInfusions: fc.integer({ min: 0, max: 50 }), lifetimeMg: fc.double() }),
    {
      nil: undefined,
    },
  ),
  plan: fc.option(fc.record({ repeated: fc.boolean() }), { nil: undefined }),
});

const ruleById = new Map(SCREENING_RULES.map((r) => [r.id, r]));

describe("screen (properties)", () => {
  it("never throws, is deterministic, and sorts findings contraindication → caution → info", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = screen(input);
        expect(screen(input)).toEqual(a);
        const ranks = a.findings.map((f) => SEVERITY_ORDER.indexOf(f.severity));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        expect(a.decision).toBe(suggestDecision(a.findings));
      }),
      { numRuns: 300 },
    );
  });

  it("stamps every finding with its rule's id, version and the knowledge-base version, once per rule", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { findings, kbVersion } = screen(input);
        expect(kbVersion).toBe(KB_VERSION);
        expect(new Set(findings.map((f) => f.ruleId)).size).toBe(findings.length);
        for (const f of findings) {
          const rule = ruleById.get(f.ruleId)!;
          expect(f.ruleVersion).toBe(rule.version);
          expect(f.kbVersion).toBe(KB_VERSION);
          expect([rule.severity, ...(rule.alsoAs ?? []).map((x) => x.severity)]).toContain(f.severity);
          expect(f.trigger.trim()).not.toBe("");
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("overrideNeedsReason", () => {
  const contraindicated = [{ severity: "contraindication" as const }, { severity: "info" as const }];
  it("asks for a reason when the physician proceeds despite a contraindication", () => {
    expect(overrideNeedsReason("eligible", contraindicated)).toBe(true);
    expect(overrideNeedsReason("eligible-with-cautions", contraindicated)).toBe(true);
  });
  it("does not ask when the physician declines, or when nothing is contraindicated", () => {
    expect(overrideNeedsReason("not-eligible", contraindicated)).toBe(false);
    expect(overrideNeedsReason("eligible", [{ severity: "caution" }])).toBe(false);
  });
});

describe("screen", () => {
  it("lists the same rules in the same order however the medication list is ordered", () => {
    const base: ScreeningInput = {
      patient: { dateOfBirth: "1970-01-01", sex: "male" },
      asOf: "2026-11-25T09:00:00Z",
      history: { conditions: ["seizure-disorder"] },
      medications: [{ name: "Xanax" }, { name: "Norvasc" }, { name: "Wellbutrin" }],
      allergies: [],
      vitals: { sbp: 120, dbp: 80 },
    };
    const reversed = { ...base, medications: [...base.medications].reverse() };
    const ids = (i: ScreeningInput) => screen(i).findings.map((f) => `${f.severity}:${f.ruleId}`);
    expect(ids(reversed)).toEqual(ids(base));
    expect(ids(base)).toEqual([
      "contraindication:ix.seizure-threshold",
      "caution:scr.seizure-disorder",
      "caution:ix.benzodiazepine",
      "info:ix.antihypertensive",
    ]);
  });
});
