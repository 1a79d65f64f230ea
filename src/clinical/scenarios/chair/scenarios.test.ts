/// <reference types="vite/client" />
/**
 * Runs every chair scenario in this folder: a session's facts, then entries charted at given times (each
 * first put to the same checks the server makes), each optionally followed by what the session view must
 * show. Times in the files are seconds from the scheduled start.
 */
import { describe, expect, it } from "vitest";
import { type ChairOverrides, configureChair } from "../../chair/config";
import { correctionProblem, effectiveEntries } from "../../chair/corrections";
import type { ChartEntry, EntryBody, GateItem } from "../../chair/entries";
import { projectSession } from "../../chair/project";
import { entryProblem } from "../../chair/transitions";
import type { Phase, SessionFacts } from "../../chair/view";

interface Expect {
  readonly phase?: Phase;
  readonly gate?: {
    readonly complete?: boolean;
    readonly overridden?: boolean;
    readonly unmet?: readonly string[];
  };
  readonly alerts?: readonly {
    readonly key: string;
    readonly priority?: string;
    readonly acknowledged?: boolean;
    readonly escalatedToPhysician?: boolean;
  }[];
  readonly noAlerts?: readonly string[];
  readonly feed?: { readonly deviceId?: string | null; readonly stale?: boolean };
  readonly readiness?: {
    readonly ready?: boolean;
    readonly firstMetT?: number | null;
    readonly unmet?: readonly string[];
  };
  readonly infusion?: { readonly doseDeliveredMg?: number; readonly expectedEndT?: number | null };
  readonly effectiveKinds?: readonly string[];
}

interface Step {
  readonly t: number;
  readonly note?: string;
  /** Gate items confirmed at `t` (each a gate-check entry), before `entry`. */
  readonly confirm?: readonly GateItem[];
  /** Something charted at `t`; absent for a step that only looks at the view at `t`. */
  readonly entry?: {
    readonly ref?: string;
    readonly body: EntryBody;
    readonly role?: string;
    readonly source?: string;
    /** Seconds after `t` at which the server stored it (a monitor's delay). */
    readonly storedAfter?: number;
    readonly amends?: string;
    readonly reason?: string;
  };
  readonly refused?: { readonly code: string; readonly detail?: string };
  readonly expect?: Expect;
}

interface Scenario {
  readonly title: string;
  readonly description: string;
  readonly facts?: Partial<Omit<SessionFacts, "plan">> & { readonly plan?: Partial<SessionFacts["plan"]> };
  readonly config?: ChairOverrides;
  readonly steps: readonly Step[];
}

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const at = (seconds: number) => START + seconds * 1000;

const BASE_FACTS: SessionFacts = {
  sessionId: "scenario",
  scheduledStart: START,
  plannedDurationMin: 240,
  plan: {
    planId: "plan",
    protocolName: "Custom",
    protocolId: "custom",
    rateMgPerHour: 20,
    doseMg: 80,
    weightKg: 70,
  },
  patient: { sex: "male", ageYears: 45 },
  evaluationSigned: true,
  cancelled: false,
};

const files = import.meta.glob<Scenario>("./*.json", { eager: true, import: "default" });
const scenarios = Object.entries(files).map(([path, s]) => ({ name: path.replace("./", ""), ...s }));

function check(
  s: Scenario,
  facts: SessionFacts,
  entries: readonly ChartEntry[],
  t: number,
  e: Expect,
  where: string,
) {
  const view = projectSession(facts, entries, at(t), { config: configureChair(s.config) });
  if (e.phase) expect(view.phase, `${where}: phase`).toBe(e.phase);
  if (e.gate?.complete !== undefined)
    expect(view.gate.complete, `${where}: gate complete`).toBe(e.gate.complete);
  if (e.gate?.overridden !== undefined)
    expect(view.gate.overriddenBy !== null, `${where}: gate overridden`).toBe(e.gate.overridden);
  if (e.gate?.unmet) {
    const unmet = view.gate.items.filter((i) => i.required && !i.met).map((i) => i.item);
    expect(unmet.sort(), `${where}: unmet gate items`).toEqual([...e.gate.unmet].sort());
  }
  for (const want of e.alerts ?? []) {
    const a = view.alerts.find((x) => x.key === want.key);
    expect(a, `${where}: alert ${want.key} active`).toBeDefined();
    if (want.priority) expect(a!.priority, `${where}: ${want.key} priority`).toBe(want.priority);
    if (want.acknowledged !== undefined)
      expect(a!.acknowledged !== null, `${where}: ${want.key} acknowledged`).toBe(want.acknowledged);
    if (want.escalatedToPhysician !== undefined)
      expect(a!.escalatedToPhysician, `${where}: ${want.key} to physician`).toBe(want.escalatedToPhysician);
  }
  for (const key of e.noAlerts ?? [])
    expect(
      view.alerts.map((a) => a.key),
      `${where}: no ${key}`,
    ).not.toContain(key);
  if (e.feed) expect(view.feed, `${where}: feed`).toMatchObject(e.feed);
  const r = view.discharge.readiness;
  if (e.readiness?.ready !== undefined) expect(r?.ready ?? false, `${where}: ready`).toBe(e.readiness.ready);
  if (e.readiness?.firstMetT !== undefined)
    expect(r?.firstMetAt ?? null, `${where}: first met`).toBe(
      e.readiness.firstMetT === null ? null : at(e.readiness.firstMetT),
    );
  if (e.readiness?.unmet)
    expect(r?.unmet.map((u) => u.id).sort(), `${where}: unmet criteria`).toEqual(
      [...e.readiness.unmet].sort(),
    );
  if (e.infusion?.doseDeliveredMg !== undefined)
    expect(view.infusion.doseDeliveredMg, `${where}: dose`).toBeCloseTo(e.infusion.doseDeliveredMg, 6);
  if (e.infusion?.expectedEndT !== undefined)
    expect(view.infusion.expectedEndAt, `${where}: expected end`).toBe(
      e.infusion.expectedEndT === null ? null : at(e.infusion.expectedEndT),
    );
  if (e.effectiveKinds)
    expect(
      effectiveEntries(entries).map((x) => x.body.kind),
      `${where}: effective entries`,
    ).toEqual(e.effectiveKinds);
}

describe("chair scenarios", () => {
  it("there are scenarios for the gate, transitions, corrections, the feed, alerts and discharge", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(9);
  });

  for (const s of scenarios) {
    it(`${s.name}: ${s.title}`, () => {
      const facts: SessionFacts = {
        ...BASE_FACTS,
        ...s.facts,
        plan: { ...BASE_FACTS.plan, ...s.facts?.plan },
        patient: { ...BASE_FACTS.patient, ...s.facts?.patient },
      };
      const config = configureChair(s.config);
      const entries: ChartEntry[] = [];
      const refs = new Map<string, string>();
      /** Put an entry to the server's checks; store it unless the step expects a refusal. */
      const chart = (t: number, e: NonNullable<Step["entry"]>, refused: Step["refused"], where: string) => {
        const amends = e.amends === undefined ? null : (refs.get(e.amends) ?? e.amends);
        const role = e.role ?? "nurse";
        const why =
          amends === null
            ? null
            : correctionProblem(
                entries.find((x) => x.id === amends),
                { body: e.body, reason: e.reason ?? null },
                entries,
              );
        const problem = why
          ? { code: "correction", detail: why }
          : entryProblem(facts, effectiveEntries(entries), e.body, at(t), role, { amends, config });
        if (refused) {
          expect(problem?.code, `${where}: refused`).toBe(refused.code);
          if (refused.detail)
            expect(problem?.detail, `${where}: refusal detail`).toMatch(new RegExp(refused.detail));
          return;
        }
        expect(problem, `${where}: accepted`).toBeNull();
        const seq = entries.length + 1;
        entries.push({
          id: `e${seq}`,
          clientId: `c${seq}`,
          seq,
          at: at(t),
          recordedAt: at(t + (e.storedAfter ?? 0)),
          recordedBy: e.source ? null : `${role}-1`,
          source: e.source ?? "manual",
          body: e.body,
          amends,
          reason: e.reason ?? null,
        });
        if (e.ref) refs.set(e.ref, `e${seq}`);
      };
      for (const [i, step] of s.steps.entries()) {
        const where = `${s.name} step ${i + 1} (t=${step.t}s${step.note ? `, ${step.note}` : ""})`;
        for (const item of step.confirm ?? []) {
          chart(step.t, { body: { kind: "gate-check", item, outcome: "confirmed" } }, undefined, where);
        }
        if (step.entry) chart(step.t, step.entry, step.refused, where);
        if (step.expect) check(s, facts, entries, step.t, step.expect, where);
      }
    });
  }
});
