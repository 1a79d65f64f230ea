/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import committed from "../../../docs/clinical/catalogue.md?raw";
import { sourceById } from "../sources/registry";
import { CATALOGUE, sideEffect } from "./index";
import { renderCatalogueMarkdown } from "./render-markdown";

const markdown = renderCatalogueMarkdown();

describe("renderCatalogueMarkdown", () => {
  it("matches the committed docs/clinical/catalogue.md (regenerate the file after changing the data)", () => {
    expect(committed).toBe(markdown);
  });

  it("has a section for every entry, under its tier", () => {
    for (const entry of CATALOGUE) expect(markdown).toContain(`### ${entry.clinicalName} (\`${entry.id}\`)`);
    const rare = markdown.indexOf("## Rare side effects");
    expect(markdown.indexOf("(`seizure`)")).toBeGreaterThan(rare);
    expect(markdown.indexOf("(`dizziness`)")).toBeLessThan(rare);
  });

  it("gives the title and address of every source an entry cites", () => {
    for (const id of sideEffect("hypertension").sources) {
      const source = sourceById(id)!;
      expect(markdown).toContain(`- ${id} — ${source.title}`);
      if (source.url !== null) expect(markdown).toContain(`<${source.url}>`);
    }
  });

  it("flags practice defaults so they are not read as evidence", () => {
    expect(markdown).toMatch(/\*\*labetalol 10–20 mg IV\*\* — .*_\(practice default\)_/);
    expect(markdown).toMatch(/\*\*clonidine 0\.1 mg PO\*\* — [^\n]*\[S7, S10\]\n/);
  });

  it("marks unconfirmed codes for checking", () => {
    expect(markdown).toMatch(/\| SNOMED CT +\| 3424008 +\| Tachycardia +\| \*\*unconfirmed\*\* — check +\|/);
  });
});
