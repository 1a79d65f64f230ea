import { describe, expect, it } from "vitest";
import { managementFor } from "../catalogue";
import { citationProblems } from "../provenance";
import { ruleAdvice } from "./conditions";
import { MONITORING_RULES, RED_FLAG_RULE, REJECTED_INPUT_RULE, SIDE_EFFECT_RULE } from "./rules";
import { CHECK_SCHEDULES } from "./schedule";
import { configureMonitoring, DEFAULT_MONITORING_CONFIG, THRESHOLDS, threshold } from "./thresholds";

describe("monitoring knowledge", () => {
  it("cites a registered source for every threshold, rule and check schedule", () => {
    const items = [
      ...THRESHOLDS,
      ...MONITORING_RULES,
      SIDE_EFFECT_RULE,
      RED_FLAG_RULE,
      REJECTED_INPUT_RULE,
      ...CHECK_SCHEDULES,
    ];
    expect(citationProblems(items)).toEqual([]);
  });

  it("has unique ids, all in the mon.* namespace for rules", () => {
    const ruleIds = MONITORING_RULES.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of [...ruleIds, SIDE_EFFECT_RULE.id, RED_FLAG_RULE.id, REJECTED_INPUT_RULE.id])
      expect(id).toMatch(/^mon\./);
    expect(new Set(THRESHOLDS.map((t) => t.id)).size).toBe(THRESHOLDS.length);
  });

  it("keeps values the fact sheet marks unconfirmed as practice defaults, and sourced values as sourced", () => {
    for (const id of [
      "hr.high",
      "hr.rise.percent",
      "bp.severe.sbp",
      "sedation.moaas.moderate",
      "dissociation.cadss6.high",
      "agitation.rass",
    ] as const) {
      expect(threshold(id).evidence, id).toBe("practice-default");
    }
    for (const id of [
      "bp.rise.sbp",
      "bp.rise.dbp",
      "spo2.critical",
      "rr.low",
      "hr.low",
      "bp.low.sbp",
    ] as const) {
      expect(threshold(id).evidence, id).toBe("sourced");
    }
    expect(DEFAULT_MONITORING_CONFIG["bp.rise.sbp"]).toBe(40);
    expect(DEFAULT_MONITORING_CONFIG["bp.rise.dbp"]).toBe(25);
    expect(DEFAULT_MONITORING_CONFIG["spo2.critical"]).toBe(88);
  });

  it("marks a rule practice-default when any threshold it uses is one", () => {
    const hr = MONITORING_RULES.find((r) => r.id === "mon.hr.high")!;
    const rise = MONITORING_RULES.find((r) => r.id === "mon.rr.low")!;
    expect(hr.evidence).toBe("practice-default");
    expect(rise.sources).toContain("S64");
  });

  it("resolves every catalogue-backed rule to a management band with steps", () => {
    for (const rule of MONITORING_RULES) {
      const advice = ruleAdvice(rule);
      expect(advice.steps.length, rule.id).toBeGreaterThan(0);
      if ("sideEffect" in rule.response) {
        expect(advice.steps).toEqual(managementFor(rule.response.sideEffect, rule.response.grade).steps);
      }
    }
  });

  it("refuses configuration that would silently switch a rule off", () => {
    expect(() => configureMonitoring({ "hr.hihg": 130 })).toThrow(/Unknown monitoring threshold "hr.hihg"/);
    expect(() => configureMonitoring({ "hr.high": Number.NaN })).toThrow(/finite/);
    expect(() => configureMonitoring({ "timing.clear-hold": -1 })).toThrow(/cannot be negative/);
    expect(configureMonitoring({ "hr.high": 130 })["hr.high"]).toBe(130);
    expect(configureMonitoring({ "hr.high": 130 })["hr.low"]).toBe(50);
  });
});
