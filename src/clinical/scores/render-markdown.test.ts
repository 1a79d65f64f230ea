/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import committed from "../../../docs/clinical/scores.md?raw";
import { SCORE_DEFINITIONS } from "./definitions";
import { renderScoresMarkdown } from "./render-markdown";

const markdown = renderScoresMarkdown();

describe("renderScoresMarkdown", () => {
  it("matches the committed docs/clinical/scores.md (regenerate the file after changing the scores)", () => {
    expect(committed).toBe(markdown);
  });

  it("has a section for every score with its items", () => {
    for (const d of SCORE_DEFINITIONS) {
      expect(markdown).toContain(`## ${d.name}`);
      for (const i of d.items) expect(markdown).toContain(`| \`${i.id}\``);
    }
  });

  it("documents the discharge score adaptation and pass marks", () => {
    expect(markdown).toContain("**Adaptation:** The published score rates surgical bleeding");
    expect(markdown).toContain(
      "**Pass:** Total of 9 or more, with breathing and oxygen saturation each scored 2.",
    );
  });

  it("gives the IMMPACT cut-offs and every discharge criterion", () => {
    expect(markdown).toMatch(/\| 50% or more +\| substantial +\|/);
    expect(markdown).toMatch(/\| 30% or more +\| moderate +\|/);
    for (const id of ["observation-time", "score", "vitals", "sedation", "dissociation", "escort"]) {
      expect(markdown).toContain(`\`out.discharge.${id}\``);
    }
  });
});
