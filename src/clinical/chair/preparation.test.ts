import { describe, expect, it } from "vitest";
import { fleschKincaidGrade } from "../catalogue/readability";
import { citationProblems } from "../provenance";
import { PREPARATION } from "./preparation";

describe("getting ready for an infusion", () => {
  it("cites a known source for every item and reads at about age 12 or below", () => {
    expect(citationProblems(PREPARATION)).toEqual([]);
    for (const p of PREPARATION) expect(fleschKincaidGrade(p.text)).toBeLessThanOrEqual(7);
  });

  it("tells the patient about the escort and not driving until the next day", () => {
    const text = PREPARATION.map((p) => p.text).join(" ");
    expect(text).toMatch(/adult who can take you home/);
    expect(text).toMatch(/next day, after a night's sleep/);
  });
});
