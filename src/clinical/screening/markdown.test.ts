/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import committed from "../../../docs/clinical/screening.md?raw";
import { renderScreeningMarkdown } from "./markdown";
import { SCREENING_RULES } from "./rules";

describe("renderScreeningMarkdown", () => {
  it("matches the committed docs/clinical/screening.md", () => {
    expect(committed).toBe(renderScreeningMarkdown());
  });

  it("gives every rule a section with its version and severity", () => {
    const md = renderScreeningMarkdown();
    for (const r of SCREENING_RULES) {
      expect(md).toContain(`### \`${r.id}\` — ${r.title}`);
    }
    expect(md).not.toContain("not in the source registry");
  });
});
