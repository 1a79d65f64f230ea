/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import committed from "../../../docs/clinical/chair.md?raw";
import { CHAIR_SETTINGS } from "./config";
import { GATE_DEFINITIONS } from "./gate-items";
import { renderChairMarkdown } from "./render-markdown";

const markdown = renderChairMarkdown();

describe("renderChairMarkdown", () => {
  it("matches the committed docs/clinical/chair.md (regenerate the file after changing the chair's data)", () => {
    expect(committed).toBe(markdown);
  });

  it("lists every gate item and setting with its default and sources", () => {
    for (const d of GATE_DEFINITIONS) expect(markdown).toContain(`| \`${d.id}\``);
    for (const s of CHAIR_SETTINGS)
      expect(markdown).toMatch(new RegExp(`\\| \`${s.id}\` +\\|[^\\n]*\\| ${s.value} ${s.unit} `));
    expect(markdown).toMatch(/\| `chair\.timing\.physician-escalation` .*_\(practice default\)_ +\|/);
    expect(markdown).toMatch(/\| `chair\.gate\.sbp-max` .*\| \[S22\] +\|/);
  });
});
