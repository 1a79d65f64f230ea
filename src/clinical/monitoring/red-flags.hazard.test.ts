/**
 * HAZ-022 (docs/clinical/hazards.md): a red-flag side effect is not escalated. Checked for every side effect
 * and every grade its CTCAE scale defines, not only the ones the scenarios happen to report.
 */
import { describe, expect, it } from "vitest";
import { CATALOGUE, isRedFlag, managementFor } from "../catalogue";
import type { Grade } from "../catalogue/types";
import { evaluate } from "./evaluate";
import { RED_FLAG_RULE, SIDE_EFFECT_RULE } from "./rules";
import { initialMonitoringState } from "./state";

const GRADES: readonly Grade[] = [1, 2, 3, 4, 5];
const CASES = CATALOGUE.flatMap((entry) =>
  GRADES.filter((g) => entry.grading.grades[g] !== undefined).map((grade) => ({ id: entry.id, grade })),
);

describe("a reported side effect (HAZ-022)", () => {
  it("alerts in the same evaluation, as a high-priority emergency exactly at red-flag grades, with the catalogue's steps", () => {
    expect(CASES.length).toBeGreaterThan(60);
    const at = Date.UTC(2026, 0, 5, 10, 0, 0);
    for (const { id, grade } of CASES) {
      const where = `${id} grade ${grade}`;
      const { alerts } = evaluate(
        initialMonitoringState({ hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14 }),
        { type: "side-effect", at, sideEffectId: id, grade },
        at,
      );
      const alert = alerts.find((a) => a.key === `side-effect:${id}`);
      expect(alert, where).toBeDefined();
      expect(alert?.suppressedAsArtefact, where).toBeUndefined();
      const band = managementFor(id, grade);
      expect(alert?.steps, where).toEqual(band.steps);
      if (isRedFlag(id, grade)) {
        expect(alert, where).toMatchObject({
          ruleId: RED_FLAG_RULE.id,
          priority: "high",
          recommendedAction: "emergency",
        });
      } else {
        expect(alert, where).toMatchObject({ ruleId: SIDE_EFFECT_RULE.id, recommendedAction: band.action });
      }
    }
  });
});
