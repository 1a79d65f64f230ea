/**
 * Checks over the whole knowledge base at once, through the public API: every table of clinical content is
 * versioned and cited, ids are unique across tables, unconfirmed figures stay practice defaults, and
 * everything the core produces names a rule that exists, at the version in force.
 */
import { describe, expect, it } from "vitest";
import changelog from "./CHANGELOG.md?raw";
import {
  BENEFIT_RISK_RULE,
  BOLUS_RULE,
  CATALOGUE,
  CHECK_SCHEDULES,
  type Cited,
  CONCENTRATION_BANDS,
  checkPlan,
  citationProblems,
  DISCHARGE_CRITERIA,
  DISCHARGE_READINESS_RULE,
  dischargeReadiness,
  evaluate,
  IMMPACT_RESPONSE,
  INTERACTION_CLASSES,
  initialMonitoringState,
  KB_VERSION,
  kg,
  MODIFIED_ALDRETE,
  MONITORING_RULES,
  MONITORING_THRESHOLDS,
  mgPerHour,
  mgPerMl,
  minutes,
  PK_MODELS,
  PROTOCOLS,
  type ProducedBy,
  type Provenance,
  painResponse,
  RED_FLAG_RULE,
  REJECTED_INPUT_RULE,
  REJECTED_INPUT_STEPS,
  SCORE_DEFINITIONS,
  SCREENING_RULES,
  SCREENING_THRESHOLD_LIST,
  SIDE_EFFECT_RULE,
  score,
  screen,
  sideEffect,
} from "./index";

/** Every table of clinical content the core exports, by what a reviewer would call it. */
const TABLES: Readonly<Record<string, readonly Provenance[]>> = {
  "side-effect catalogue entries": CATALOGUE,
  "screening rules": SCREENING_RULES,
  "screening thresholds": SCREENING_THRESHOLD_LIST,
  "interaction classes": INTERACTION_CLASSES,
  "drug library protocols": PROTOCOLS,
  // Protocols share their common limits by reference; each limit is one item however many protocols carry it.
  "dose limits": [...new Set(PROTOCOLS.flatMap((p) => p.limits))],
  "bolus rule": [BOLUS_RULE],
  "PK models": PK_MODELS,
  "concentration bands": CONCENTRATION_BANDS,
  "monitoring thresholds": MONITORING_THRESHOLDS,
  "monitoring rules": [...MONITORING_RULES, SIDE_EFFECT_RULE, RED_FLAG_RULE, REJECTED_INPUT_RULE],
  "observation schedules": CHECK_SCHEDULES,
  "score definitions": SCORE_DEFINITIONS,
  "discharge-score pass rules": SCORE_DEFINITIONS.flatMap((d) => (d.pass ? [d.pass] : [])),
  "outcome definitions": [
    IMMPACT_RESPONSE,
    BENEFIT_RISK_RULE,
    DISCHARGE_READINESS_RULE,
    ...Object.values(DISCHARGE_CRITERIA),
  ],
};

const ALL_ITEMS = Object.values(TABLES).flat();
const BY_ID = new Map(ALL_ITEMS.map((item) => [item.id, item]));

/** Content inside a versioned item that carries its own citation: steps, red flags, incidence, mechanism. */
const CITED_PARTS: readonly {
  readonly where: string;
  readonly cited: Pick<Cited, "sources"> & Partial<Cited>;
}[] = [
  ...CATALOGUE.flatMap((e) => [
    { where: `${e.id} incidence`, cited: e.incidence },
    { where: `${e.id} mechanism`, cited: e.mechanism },
    { where: `${e.id} grading`, cited: e.grading },
    ...e.management.flatMap((band) =>
      band.steps.map((step, i) => ({
        where: `${e.id} grade ${band.grades.join("/")} step ${i + 1}`,
        cited: step,
      })),
    ),
    ...e.redFlags.map((flag, i) => ({ where: `${e.id} red flag ${i + 1}`, cited: flag })),
  ]),
  ...MONITORING_RULES.flatMap((r) =>
    "steps" in r.response
      ? r.response.steps.map((step, i) => ({ where: `${r.id} step ${i + 1}`, cited: step }))
      : [],
  ),
  ...REJECTED_INPUT_STEPS.map((step, i) => ({ where: `rejected-input step ${i + 1}`, cited: step })),
];

const EVIDENCE_LEVELS = ["sourced", "practice-default"];

/** A produced result must name a rule of this knowledge base, at the rule's current version. */
function expectKnownRule(produced: ProducedBy): void {
  expect(produced.kbVersion).toBe(KB_VERSION);
  const rule = BY_ID.get(produced.ruleId);
  expect(rule, `unknown rule ${produced.ruleId}`).toBeDefined();
  expect(produced.ruleVersion, produced.ruleId).toBe(rule?.version);
}

describe("the knowledge base", () => {
  it.each(Object.entries(TABLES))(
    "%s: every item has an id, a version, a registered source and an evidence level",
    (_table, items) => {
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.id, JSON.stringify(item).slice(0, 80)).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
        expect(item.version, item.id).toMatch(/^\d+(\.\d+){0,2}$/);
        expect(EVIDENCE_LEVELS, item.id).toContain(item.evidence);
      }
      expect(citationProblems(items)).toEqual([]);
    },
  );

  it("cites a registered source for every step, red flag, incidence, mechanism and grading scale inside an item", () => {
    expect(CITED_PARTS.length).toBeGreaterThan(100);
    expect(citationProblems(CITED_PARTS.map((p) => ({ id: p.where, sources: p.cited.sources })))).toEqual([]);
    for (const { where, cited } of CITED_PARTS) {
      if (cited.evidence !== undefined) expect(EVIDENCE_LEVELS, where).toContain(cited.evidence);
    }
  });

  it("uses every id once across all tables, so a stored rule id points at one thing", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [table, items] of Object.entries(TABLES)) {
      for (const item of items) {
        const earlier = seen.get(item.id);
        if (earlier !== undefined) clashes.push(`${item.id} in ${earlier} and ${table}`);
        seen.set(item.id, table);
      }
    }
    expect(clashes).toEqual([]);
    expect(BY_ID.size).toBe(ALL_ITEMS.length);
  });

  it("keeps figures the fact sheet marks UNCONFIRMED as practice defaults, and confirmed ones as sourced", () => {
    const practiceDefaults = [
      "bp.severe.sbp", // a 180/110 stop threshold is stated by no guideline found
      "hr.high", // HR above 120 during the infusion
      "sedation.moaas.moderate", // sedation cut-offs
      "agitation.rass", // RASS +3 or more as a red flag
      "memantine", // additive NMDA antagonism, no interaction study
      "seizure-threshold", // tramadol, bupropion: no ketamine-specific data
      "test.pregnancy", // not a published requirement
      "limit.outpatient.session-total.hard", // no validated maximum session dose
      "limit.outpatient.course-total.hard", // no validated cumulative dose
      "score.cadss6", // item scoring and range of the short form
      "out.discharge.dissociation", // dissociation cut-off at discharge
    ];
    for (const id of practiceDefaults) expect(BY_ID.get(id)?.evidence, id).toBe("practice-default");

    const sourced = [
      "bp.rise.sbp", // label: a rise of 40 mmHg is a blood pressure event
      "spo2.critical", // CTCAE hypoxia cut-off, 88%
      "thr.sbp-contraindicated", // Swiss label, 180/100
      "limit.schwartzman.rate.hard", // never above 25 mg/h
      "protocol.cleveland-2025",
      "pk.model.domino-1982",
    ];
    for (const id of sourced) expect(BY_ID.get(id)?.evidence, id).toBe("sourced");

    // The anaphylaxis adrenaline dose is unconfirmed in the sources: a clinic default, not evidence.
    const adrenaline = sideEffect("anaphylaxis")
      .management.flatMap((b) => b.steps)
      .find((s) => s.drug?.drug.startsWith("adrenaline"));
    expect(adrenaline?.evidence).toBe("practice-default");
  });
});

describe("the knowledge-base changelog", () => {
  it("has the version in force as its newest entry, so no version ships unrecorded", () => {
    const versions = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)].map((m) => m[1]);
    expect(versions[0]).toBe(KB_VERSION);
  });
});

describe("what the core produces", () => {
  it("screen: every finding names an existing screening rule at its version and the current knowledge base", () => {
    const result = screen({
      patient: { dateOfBirth: "1970-05-01", sex: "male" },
      asOf: "2026-03-02T09:00:00Z",
      history: { conditions: ["hypertension", "seizure-disorder"], hypertensionControlled: false },
      medications: [{ name: "Wellbutrin XL" }, { name: "clonazepam 0.5 mg" }],
      allergies: [],
      vitals: { sbp: 150, dbp: 95, hr: 80, spo2: 98, rr: 14 },
    });
    expect(result.kbVersion).toBe(KB_VERSION);
    expect(result.findings.length).toBeGreaterThanOrEqual(3);
    const screeningIds = new Set(SCREENING_RULES.map((r) => r.id));
    for (const finding of result.findings) {
      expectKnownRule(finding);
      expect(screeningIds).toContain(finding.ruleId);
    }
  });

  it("evaluate: every alert names an existing monitoring rule at its version and the current knowledge base", () => {
    const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
    const start = initialMonitoringState({ sbp: 120, dbp: 75, hr: 70, spo2: 98, rr: 14 });
    const first = evaluate(
      start,
      { type: "vitals", at: t0, source: "monitor-bay-1", values: { sbp: 190 } },
      t0,
    );
    const { alerts } = evaluate(
      first.state,
      { type: "side-effect", at: t0 + 60_000, sideEffectId: "seizure", grade: 1 },
      t0 + 60_000,
    );
    expect(alerts.map((a) => a.ruleId).sort()).toEqual(["mon.bp.severe", "mon.side-effect.red-flag"]);
    for (const alert of alerts) expectKnownRule(alert);
  });

  it("score: a discharge score names its definition and its pass rule", () => {
    const outcome = score(MODIFIED_ALDRETE, {
      activity: 2,
      respiration: 2,
      circulation: 2,
      consciousness: 2,
      oxygenation: 2,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expectKnownRule(outcome.result);
    expect(BY_ID.has(outcome.result.passRuleId ?? "")).toBe(true);
  });

  it("checkPlan: every limit breach names an existing dose limit at its version", () => {
    const check = checkPlan(
      {
        protocolId: "custom",
        infusion: {
          order: { kind: "rate", rate: mgPerHour(90) },
          duration: minutes(120),
          concentration: mgPerMl(10),
        },
        sessionsInCourse: 1,
      },
      { weight: kg(60), courseId: "course-1", history: [] },
    );
    expect(check.violations.map((v) => v.limitId).sort()).toEqual([
      "limit.infusion-concentration.soft",
      "limit.rate-per-kg.soft",
    ]);
    for (const v of check.violations) expectKnownRule(v.producedBy);
  });

  it("outcomes: pain response and discharge readiness name their rules", () => {
    expectKnownRule(painResponse(8, 4));
    const t0 = Date.UTC(2026, 2, 2, 11, 0, 0);
    expectKnownRule(
      dischargeReadiness({
        infusionEndedAt: t0,
        baseline: { sbp: 120, dbp: 75, hr: 70 },
        observations: [],
        now: t0 + 10 * 60_000,
      }),
    );
  });
});
