/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import committed from "../../../docs/clinical/followup.md?raw";
import { CONTINUATION_RULES } from "./continuation";
import { PRO_ITEMS, RED_FLAG_QUESTIONS } from "./pro-items";
import { FOLLOWUP_ITEMS, renderFollowupMarkdown } from "./render-markdown";

const markdown = renderFollowupMarkdown();

describe("renderFollowupMarkdown", () => {
  it("matches the committed docs/clinical/followup.md (regenerate the file after changing the data)", () => {
    expect(committed).toBe(markdown);
  });

  it("lists every item, question and rule with its sources, practice defaults flagged", () => {
    for (const i of PRO_ITEMS) expect(markdown).toContain(`| \`${i.id}\``);
    for (const q of RED_FLAG_QUESTIONS) expect(markdown).toContain(q.question);
    for (const r of CONTINUATION_RULES) expect(markdown).toContain(`| \`${r.id}\``);
    expect(markdown).toMatch(/\| `fu\.pro\.strange-perceptions` .*_\(practice default\)_ +\|/);
    expect(markdown).toMatch(/\| `fu\.checkin\.24h` +\| 24 h +\| 4 h before +\| 12 h after +\|/);
  });

  it("gives every versioned follow-up item its own id", () => {
    const ids = FOLLOWUP_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith("fu."))).toBe(true);
  });
});
