/// <reference types="vite/client" />
/**
 * Runs every monitoring scenario in ./monitoring: a baseline, then timestamped events, each followed by
 * what the floor board must show. Times in the files are seconds from the start of the session.
 */
import { describe, expect, it } from "vitest";
import { managementFor } from "../catalogue";
import { type Grade, SIDE_EFFECT_IDS, type SideEffectId } from "../catalogue/types";
import {
  type Alert,
  type Baseline,
  configureMonitoring,
  evaluate,
  initialMonitoringState,
  type MonitoringEvent,
} from "../monitoring";

interface ExpectedAlert {
  readonly key: string;
  readonly priority?: Alert["priority"];
  readonly action?: Alert["recommendedAction"];
  readonly ruleId?: string;
  readonly sideEffectId?: SideEffectId | null;
  /** Whether the alert is still an unconfirmed possible artefact. */
  readonly artefact?: boolean;
  readonly escalated?: boolean;
  readonly clearing?: boolean;
  /** The alert's steps must be the catalogue's management steps for its side effect at this grade. */
  readonly catalogueGrade?: Grade;
  readonly trigger?: Readonly<Record<string, number | string>>;
}

interface Step {
  readonly t: number;
  /** When the event happened, if not at `t` (a late or out-of-order entry). */
  readonly eventT?: number;
  readonly event: Record<string, unknown> & { readonly type: MonitoringEvent["type"] };
  readonly note?: string;
  readonly expect?: {
    readonly active?: readonly ExpectedAlert[];
    readonly inactive?: readonly string[];
    readonly resolved?: readonly string[];
    readonly count?: number;
  };
}

interface Scenario {
  readonly title: string;
  readonly description: string;
  readonly baseline: Baseline;
  readonly config?: Readonly<Record<string, number>>;
  readonly steps: readonly Step[];
}

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const at = (seconds: number) => START + seconds * 1000;

const files = import.meta.glob<Scenario>("./monitoring/*.json", { eager: true, import: "default" });
const scenarios = Object.entries(files).map(([path, s]) => ({
  name: path.replace("./monitoring/", ""),
  ...s,
}));

function checkAlert(alerts: readonly Alert[], want: ExpectedAlert, where: string): void {
  const matching = alerts.filter((a) => a.key === want.key);
  expect(matching, `${where}: exactly one active alert ${want.key}`).toHaveLength(1);
  const a = matching[0]!;
  if (want.priority) expect(a.priority, `${where}: priority of ${want.key}`).toBe(want.priority);
  if (want.action) expect(a.recommendedAction, `${where}: action of ${want.key}`).toBe(want.action);
  if (want.ruleId) expect(a.ruleId, `${where}: rule of ${want.key}`).toBe(want.ruleId);
  if (want.sideEffectId !== undefined)
    expect(a.sideEffectId, `${where}: side effect`).toBe(want.sideEffectId);
  if (want.artefact !== undefined) {
    expect(a.suppressedAsArtefact ?? false, `${where}: artefact flag of ${want.key}`).toBe(want.artefact);
  }
  if (want.escalated !== undefined) {
    expect(a.escalatedAt !== undefined, `${where}: escalation of ${want.key}`).toBe(want.escalated);
  }
  if (want.clearing !== undefined) {
    expect(a.clearingSince !== undefined, `${where}: clearing state of ${want.key}`).toBe(want.clearing);
  }
  if (want.trigger) expect(a.trigger, `${where}: trigger of ${want.key}`).toMatchObject(want.trigger);
  if (want.catalogueGrade !== undefined) {
    expect(a.sideEffectId, `${where}: ${want.key} names its side effect`).not.toBeNull();
    const steps = managementFor(a.sideEffectId!, want.catalogueGrade).steps;
    expect(steps.length, `${where}: catalogue has steps`).toBeGreaterThan(0);
    expect(a.steps, `${where}: steps of ${want.key}`).toEqual(steps);
  }
  expect(a.kbVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(a.sources.length, `${where}: ${want.key} cites sources`).toBeGreaterThan(0);
}

describe("monitoring scenarios", () => {
  it("there are at least 25 scenario files", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
  });

  for (const s of scenarios) {
    it(`${s.name}: ${s.title}`, () => {
      const config = configureMonitoring(s.config ?? {});
      let state = initialMonitoringState(s.baseline);
      for (const [i, step] of s.steps.entries()) {
        const event = { ...step.event, at: at(step.eventT ?? step.t) } as MonitoringEvent;
        const r = evaluate(state, event, at(step.t), config);
        state = r.state;
        const where = `${s.name} step ${i + 1} (t=${step.t}s${step.note ? `, ${step.note}` : ""})`;
        const e = step.expect;
        if (!e) continue;
        for (const want of e.active ?? []) checkAlert(r.alerts, want, where);
        for (const key of e.inactive ?? []) {
          expect(
            r.alerts.map((a) => a.key),
            `${where}: ${key} must not be active`,
          ).not.toContain(key);
        }
        if (e.resolved)
          expect(r.resolved.map((a) => a.key).sort(), `${where}: resolved`).toEqual([...e.resolved].sort());
        if (e.count !== undefined)
          expect(r.alerts, `${where}: number of active alerts`).toHaveLength(e.count);
        expect(new Set(r.alerts.map((a) => a.key)).size, `${where}: no duplicate keys`).toBe(r.alerts.length);
      }
    });
  }

  it("together the scenarios report every catalogue side effect and check its alert's steps", () => {
    const reported = new Set(
      scenarios.flatMap((s) =>
        s.steps.filter((st) => st.event.type === "side-effect").map((st) => st.event.sideEffectId),
      ),
    );
    const checked = new Set(
      scenarios.flatMap((s) =>
        s.steps.flatMap((st) =>
          (st.expect?.active ?? [])
            .filter((a) => a.key.startsWith("side-effect:") && a.catalogueGrade !== undefined)
            .map((a) => a.key.slice("side-effect:".length)),
        ),
      ),
    );
    expect([...reported].sort()).toEqual([...SIDE_EFFECT_IDS].sort());
    expect([...checked].sort()).toEqual([...SIDE_EFFECT_IDS].sort());
  });
});
