/// <reference types="vite/client" />
/**
 * Runs every scenario in ./scores: item scores → total, band and pass; pain before/after → IMMPACT class;
 * a recovery timeline → discharge readiness. Discharge times in the files are minutes after the infusion.
 */
import { describe, expect, it } from "vitest";
import { type DischargeObservation, dischargeReadiness, painResponse } from "../outcomes";
import { SCORE_DEFINITIONS, type ScoreDefinition, score } from "../scores";

interface ScoreCase {
  readonly name: string;
  readonly scoreId?: string;
  readonly items: Record<string, unknown>;
  readonly expect: {
    readonly ok: boolean;
    readonly total?: number;
    readonly band?: string;
    readonly passed?: boolean;
    readonly problemItems?: readonly string[];
    readonly messageIncludes?: string;
  };
}
interface ResponseCase {
  readonly name: string;
  readonly before: number;
  readonly after: number;
  readonly expect: { readonly reductionPercent: number | null; readonly class: string | null };
}
type RawObservation = { readonly t: number; readonly kind: string; readonly scoreId?: string } & Record<
  string,
  unknown
>;
interface DischargeCase {
  readonly name: string;
  readonly now: number;
  readonly expect: {
    readonly ready: boolean;
    readonly unmet: readonly string[];
    readonly firstMetAt?: number | null;
    readonly detailIncludes?: string;
  };
}

type ScoresScenario =
  | {
      readonly kind: "score";
      readonly title: string;
      readonly scoreId?: string;
      readonly cases: readonly ScoreCase[];
    }
  | { readonly kind: "response"; readonly title: string; readonly cases: readonly ResponseCase[] }
  | {
      readonly kind: "discharge";
      readonly title: string;
      readonly baseline: { sbp: number; dbp: number; hr: number };
      readonly infusionEndedAt: number;
      readonly observations: readonly RawObservation[];
      readonly cases: readonly DischargeCase[];
    };

const files = import.meta.glob<ScoresScenario>("./scores/*.json", { eager: true, import: "default" });
const scenarios = Object.entries(files).map(([path, s]) => ({ file: path.replace("./scores/", ""), s }));

const START = Date.UTC(2026, 2, 2, 13, 0, 0);
const minute = (m: number) => START + m * 60_000;

function definition(id: string | undefined): ScoreDefinition {
  const def = SCORE_DEFINITIONS.find((d) => d.id === id);
  if (!def) throw new Error(`Scenario names unknown score ${id}`);
  return def;
}

function observation(o: RawObservation): DischargeObservation {
  const at = minute(o.t);
  if (o.kind !== "discharge-score") return { ...o, at } as unknown as DischargeObservation;
  const outcome = score(definition(o.scoreId), o.items as Record<string, unknown>);
  if (!outcome.ok) throw new Error(`Scenario discharge score is invalid: ${outcome.problems[0]!.message}`);
  return { kind: "discharge-score", at, result: outcome.result };
}

describe("score, response and discharge scenarios", () => {
  it("there are at least 5 scenario files", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
  });

  for (const { file, s } of scenarios) {
    describe(`${file}: ${s.title}`, () => {
      if (s.kind === "score") {
        for (const c of s.cases) {
          it(c.name, () => {
            const out = score(definition(c.scoreId ?? s.scoreId), c.items);
            expect(out.ok).toBe(c.expect.ok);
            if (out.ok) {
              expect(out.result.total).toBe(c.expect.total);
              if (c.expect.band) expect(out.result.band.label).toBe(c.expect.band);
              if (c.expect.passed !== undefined) expect(out.result.passed).toBe(c.expect.passed);
              expect(out.result.scoreId).toBe(c.scoreId ?? s.scoreId);
            } else {
              expect(out.problems.map((p) => p.item).sort()).toEqual(
                [...(c.expect.problemItems ?? [])].sort(),
              );
              if (c.expect.messageIncludes) {
                expect(out.problems.map((p) => p.message).join(" ")).toContain(c.expect.messageIncludes);
              }
            }
          });
        }
      } else if (s.kind === "response") {
        for (const c of s.cases) {
          it(c.name, () => {
            const r = painResponse(c.before, c.after);
            expect(r.reductionPercent).toBe(c.expect.reductionPercent);
            expect(r.responseClass).toBe(c.expect.class);
            expect(r.ruleId).toBe("out.immpact-response");
          });
        }
      } else {
        const observations = s.observations.map(observation);
        for (const c of s.cases) {
          it(c.name, () => {
            const r = dischargeReadiness({
              infusionEndedAt: minute(s.infusionEndedAt),
              baseline: s.baseline,
              observations,
              now: minute(c.now),
            });
            expect(r.ready).toBe(c.expect.ready);
            expect(r.unmet.map((u) => u.id).sort()).toEqual([...c.expect.unmet].sort());
            if (c.expect.firstMetAt !== undefined) {
              expect(r.firstMetAt).toBe(c.expect.firstMetAt === null ? null : minute(c.expect.firstMetAt));
            }
            if (c.expect.detailIncludes)
              expect(r.unmet.map((u) => u.detail).join(" ")).toContain(c.expect.detailIncludes);
          });
        }
      }
    });
  }
});
