/**
 * HAZ-008 (docs/clinical/hazards.md): an interaction is missed because a medicine name is not known.
 * Every name the dictionary lists must reach its interaction rule, and no name on a list may vanish unchecked.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMBINATIONS, INGREDIENTS } from "../medications/dictionary";
import { lookupMedication } from "../medications/lookup";
import type { ScreeningInput } from "./input";
import { screen } from "./screen";

const DICTIONARY_NAMES = [
  ...INGREDIENTS.flatMap((e) => [e.ingredient, ...e.otherNames]),
  ...COMBINATIONS.map((c) => c.name),
];

const onMedicines = (names: readonly string[]): ScreeningInput => ({
  patient: { dateOfBirth: "1970-01-01", sex: "male" },
  asOf: "2026-01-05T09:00:00Z",
  history: { conditions: [] },
  medications: names.map((name) => ({ name })),
  allergies: [],
});

describe("medicine names at screening (HAZ-008)", () => {
  it("names every dictionary medicine in an interaction finding when it is in a class, and flags none otherwise", () => {
    expect(DICTIONARY_NAMES.length).toBeGreaterThan(400);
    for (const name of DICTIONARY_NAMES) {
      const match = lookupMedication(name);
      expect(match.kind, name).toBe("matched");
      const interactions = screen(onMedicines([name])).findings.filter((f) => f.ruleId.startsWith("ix."));
      if (match.kind === "matched" && match.classes.length > 0) {
        expect(
          interactions.some((f) => f.trigger.includes(name)),
          `${name} (${match.classes.join(", ")})`,
        ).toBe(true);
      } else {
        expect(interactions, name).toEqual([]);
      }
    }
  });

  it("never drops a name silently: each is resolved, read with a correction to confirm, or reported as not checked", () => {
    const noisy = fc
      .tuple(fc.constantFrom(...DICTIONARY_NAMES), fc.constantFrom("", " 10 mg", " XR", "  ", " tablets"))
      .map(([name, suffix]) => `${name}${suffix}`);
    const name = fc.oneof(
      noisy,
      fc.string({ maxLength: 20 }),
      fc.stringMatching(/^[a-z]{4,12}( [a-z]{3,8})?$/),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 6 }), (names) => {
        const findings = screen(onMedicines(names)).findings;
        const triggerOf = (ruleId: string) => findings.find((f) => f.ruleId === ruleId)?.trigger ?? "";
        for (const written of names.filter((n) => n.trim() !== "")) {
          const match = lookupMedication(written);
          if (match.kind === "unmatched") {
            expect(triggerOf("med.unchecked")).toContain(`${written.trim()}: not checked for interactions`);
          } else if (match.how === "spelling") {
            expect(triggerOf("med.read-as")).toContain(`${written.trim()} read as ${match.matchedName}`);
          }
        }
      }),
    );
  });
});
