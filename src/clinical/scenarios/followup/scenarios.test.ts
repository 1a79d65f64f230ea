/// <reference types="vite/client" />
/**
 * Runs every scenario in this folder: check-in responses → triage level, reasons and home advice;
 * an infusion's check-ins and answers → status over time (times in hours after the infusion ended);
 * a patient's course → the continuation recommendation and the rules behind it.
 */
import { describe, expect, it } from "vitest";
import {
  type CheckinResponse,
  type ContinuationInput,
  checkinStatus,
  checkinsFor,
  continuationRecommendation,
  longTermDue,
  RED_FLAG_QUESTIONS,
  triage,
} from "../../followup";
import { mg } from "../../units";

interface TriageCase {
  readonly name: string;
  readonly response: CheckinResponse;
  readonly expect: {
    readonly level: string;
    readonly worklistPriority: string | null;
    readonly reasonItems: readonly string[];
    readonly selfCare: readonly string[];
    readonly messageIncludes?: string;
  };
}

type FollowupScenario =
  | { readonly kind: "triage"; readonly title: string; readonly cases: readonly TriageCase[] }
  | {
      readonly kind: "checkins";
      readonly title: string;
      readonly answers: readonly { readonly checkinId: string; readonly submittedAtHours: number }[];
      readonly cases: readonly {
        readonly name: string;
        readonly nowHours: number;
        readonly expect: readonly string[];
      }[];
    }
  | {
      readonly kind: "continuation";
      readonly title: string;
      readonly base: Record<string, unknown>;
      readonly cases: readonly {
        readonly name: string;
        readonly input: Record<string, unknown>;
        readonly expect: {
          readonly recommendation: string;
          readonly ruleIds: readonly string[];
          readonly textIncludes?: string;
          readonly sourcesInclude?: string;
        };
      }[];
    }
  | {
      readonly kind: "long-term";
      readonly title: string;
      readonly base: LongTermInput;
      readonly cases: readonly {
        readonly name: string;
        readonly input: Partial<LongTermInput>;
        readonly expect: readonly string[];
        readonly becauseIncludes?: string;
      }[];
    };

interface LongTermInput {
  readonly nowDay: number;
  readonly infusions: readonly { readonly day: number; readonly doseMg: number }[];
  readonly urinaryScreenDays: readonly number[];
  readonly liverPanelDays: readonly number[];
  readonly misuseScreenDays: readonly number[];
  readonly nextCourseStartsDay: number | null;
  readonly liverRisk: boolean;
}

const files = import.meta.glob<FollowupScenario>("./*.json", { eager: true, import: "default" });
const scenarios = Object.entries(files).map(([path, s]) => ({ file: path.replace("./", ""), s }));

/** Warning-sign questions a case does not list are answered "no", as the patient must answer them all. */
const answerTheRest = (r: CheckinResponse): CheckinResponse => ({
  ...r,
  redFlags: RED_FLAG_QUESTIONS.map(
    (q) => r.redFlags.find((f) => f.questionId === q.id) ?? { questionId: q.id, answer: false },
  ),
});

const END = Date.UTC(2026, 10, 2, 16, 0, 0);
const hours = (h: number) => END + h * 3_600_000;
const days = (d: number) => END + d * 86_400_000;

describe("follow-up scenarios", () => {
  it("there are scenario files of every kind", () => {
    expect(new Set(scenarios.map(({ s }) => s.kind))).toEqual(
      new Set(["triage", "checkins", "continuation", "long-term"]),
    );
  });

  for (const { file, s } of scenarios) {
    describe(`${file}: ${s.title}`, () => {
      if (s.kind === "triage") {
        for (const c of s.cases)
          it(c.name, () => {
            const r = triage(answerTheRest(c.response));
            expect(r.level).toBe(c.expect.level);
            expect(r.worklistPriority).toBe(c.expect.worklistPriority);
            expect(r.reasons.map((x) => x.itemId)).toEqual(c.expect.reasonItems);
            expect(r.selfCare.map((x) => x.sideEffectId)).toEqual(c.expect.selfCare);
            if (c.expect.messageIncludes)
              expect(r.patientMessage.toLowerCase()).toContain(c.expect.messageIncludes);
          });
      } else if (s.kind === "continuation") {
        for (const c of s.cases)
          it(c.name, () => {
            const raw = { ...s.base, ...c.input } as unknown as ContinuationInput;
            const r = continuationRecommendation({ ...raw, cumulativeDose: mg(raw.cumulativeDose) });
            expect(r.recommendation).toBe(c.expect.recommendation);
            expect(r.reasons.map((x) => x.ruleId)).toEqual(c.expect.ruleIds);
            if (c.expect.textIncludes)
              expect(r.reasons.map((x) => x.text).join(" ")).toContain(c.expect.textIncludes);
            if (c.expect.sourcesInclude)
              expect(r.reasons.flatMap((x) => x.sources)).toContain(c.expect.sourcesInclude);
          });
      } else if (s.kind === "long-term") {
        for (const c of s.cases)
          it(c.name, () => {
            const h = { ...s.base, ...c.input };
            const due = longTermDue({
              now: days(h.nowDay),
              infusions: h.infusions.map((i) => ({ at: days(i.day), dose: mg(i.doseMg) })),
              urinaryScreens: h.urinaryScreenDays.map(days),
              liverPanels: h.liverPanelDays.map(days),
              misuseScreens: h.misuseScreenDays.map(days),
              nextCourseStartsAt: h.nextCourseStartsDay === null ? null : days(h.nextCourseStartsDay),
              liverRisk: h.liverRisk,
            });
            expect(due.map((d) => d.id)).toEqual(c.expect);
            if (c.becauseIncludes)
              expect(due.map((d) => d.dueBecause).join(" ")).toContain(c.becauseIncludes);
          });
      } else {
        const list = checkinsFor(END);
        const answers = s.answers.map((a) => ({
          checkinId: a.checkinId,
          submittedAt: hours(a.submittedAtHours),
        }));
        for (const c of s.cases)
          it(c.name, () => {
            expect(checkinStatus(list, answers, hours(c.nowHours)).map((x) => x.status)).toEqual(c.expect);
          });
      }
    });
  }
});
