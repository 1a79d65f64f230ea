/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import committed from "../../../docs/clinical/monitoring.md?raw";
import { renderMonitoringMarkdown } from "./render-markdown";
import { MONITORING_RULES } from "./rules";
import { THRESHOLDS } from "./thresholds";

const markdown = renderMonitoringMarkdown();

describe("renderMonitoringMarkdown", () => {
  it("matches the committed docs/clinical/monitoring.md (regenerate the file after changing the rules)", () => {
    expect(committed).toBe(markdown);
  });

  it("says the software is a secondary display, not an alarm system of record", () => {
    expect(markdown).toContain("secondary display beside the bedside monitor");
    expect(markdown).toContain("not an alarm system of record");
  });

  it("lists every rule and threshold", () => {
    for (const r of MONITORING_RULES) expect(markdown).toContain(`| \`${r.id}\``);
    for (const t of THRESHOLDS) expect(markdown).toContain(`| \`${t.id}\``);
  });

  it("shows each rule's priority, action and catalogue grade", () => {
    expect(markdown).toMatch(
      /\| `mon\.bp\.rise` +\| `bp-high` +\| [^|]+40 mmHg[^|]+25 mmHg +\| medium +\| slow +\| catalogue: `hypertension` grade 2 /,
    );
    expect(markdown).toMatch(
      /\| `mon\.spo2\.critical` +\| `spo2-low` +\| [^|]+88 % +\| high +\| emergency +\|/,
    );
  });

  it("labels practice defaults so they are not read as evidence", () => {
    expect(markdown).toMatch(/\| `mon\.hr\.high` .*_\(practice default\)_ +\|/);
    expect(markdown).toMatch(/\| `mon\.bp\.rise` .*\| \[S21\] +\|/);
  });
});
