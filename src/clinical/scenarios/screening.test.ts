/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import type { ScreeningInput } from "../screening/input";
import { SCREENING_RULES } from "../screening/rules";
import type { Severity } from "../screening/rules/types";
import { type ScreeningDecision, screen } from "../screening/screen";

/**
 * One scenario file: a patient, and what screening must say about them.
 * `findings` maps rule ids that must fire to their severity; `exactFindings` forbids any other finding.
 */
interface Scenario {
  readonly description: string;
  readonly input: ScreeningInput;
  readonly expect: {
    readonly decision: ScreeningDecision;
    readonly findings: Readonly<Record<string, Severity>>;
    readonly absent?: readonly string[];
    readonly exactFindings?: boolean;
    readonly triggerContains?: Readonly<Record<string, string>>;
  };
}

const files = import.meta.glob<Scenario>("./screening/*.json", { eager: true, import: "default" });
const scenarios = Object.entries(files)
  .map(([path, s]) => [path.replace(/^.*\/(.*)\.json$/, "$1"), s] as const)
  .sort(([a], [b]) => a.localeCompare(b));
const ruleIds = new Set(SCREENING_RULES.map((r) => r.id));

describe("screening scenarios", () => {
  it("has at least 30 scenario files", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
  });

  it("names only rules that exist, so a renamed rule cannot pass silently", () => {
    const named = scenarios.flatMap(([, s]) => [
      ...Object.keys(s.expect.findings),
      ...(s.expect.absent ?? []),
      ...Object.keys(s.expect.triggerContains ?? {}),
    ]);
    expect(named.filter((id) => !ruleIds.has(id))).toEqual([]);
  });

  it("makes every rule fire in at least one scenario", () => {
    const fired = new Set(scenarios.flatMap(([, s]) => Object.keys(s.expect.findings)));
    expect([...ruleIds].filter((id) => !fired.has(id))).toEqual([]);
  });

  describe.each(scenarios)("%s", (_name, scenario) => {
    const result = screen(scenario.input);
    const bySeverity = Object.fromEntries(result.findings.map((f) => [f.ruleId, f.severity]));

    it(`${scenario.description} → ${scenario.expect.decision}`, () => {
      expect(result.decision).toBe(scenario.expect.decision);
      if (scenario.expect.exactFindings) expect(bySeverity).toEqual(scenario.expect.findings);
      else expect(bySeverity).toMatchObject(scenario.expect.findings);
      for (const id of scenario.expect.absent ?? []) expect(Object.keys(bySeverity)).not.toContain(id);
      for (const [id, text] of Object.entries(scenario.expect.triggerContains ?? {}))
        expect(result.findings.find((f) => f.ruleId === id)?.trigger).toContain(text);
    });
  });
});
