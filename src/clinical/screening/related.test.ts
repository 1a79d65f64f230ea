import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue";
import { relatedSideEffectsOf } from "./related";
import { SCREENING_RULES } from "./rules";

describe("relatedSideEffectsOf", () => {
  it("includes every side effect whose catalogue risk factors link the rule", () => {
    const byId = new Map(SCREENING_RULES.map((r) => [r.id, r]));
    for (const entry of CATALOGUE)
      for (const factor of entry.riskFactors)
        for (const id of factor.screeningRuleIds)
          expect(relatedSideEffectsOf(byId.get(id)!), id).toContain(entry.id);
  });

  it("keeps the rule's own links and lists each side effect once", () => {
    for (const r of SCREENING_RULES) {
      const related = relatedSideEffectsOf(r);
      expect(related, r.id).toEqual(expect.arrayContaining([...r.relatedSideEffects]));
      expect(new Set(related).size).toBe(related.length);
    }
  });

  it("adds nothing for a rule the catalogue does not mention", () => {
    expect(relatedSideEffectsOf({ id: "not.a-rule", relatedSideEffects: ["nausea"] })).toEqual(["nausea"]);
  });
});
