import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { mg } from "../units";
import {
  CONTINUATION_RULES,
  type ContinuationInput,
  CUMULATIVE_DOSE_REVIEW,
  continuationRecommendation,
  urinaryStatus,
} from "./continuation";

const input: ContinuationInput = {
  loadingCourseComplete: true,
  pain: { beforeCourseNrs: 8, nowNrs: 3 },
  sideEffects: [],
  redFlagReports: [],
  approvedScreening: null,
  latestScreening: null,
  urinary: "none",
  liverTests: [],
  cumulativeDose: mg(400),
};

describe("continuationRecommendation", () => {
  it("lists every rule that applied, strongest first", () => {
    const r = continuationRecommendation({
      ...input,
      pain: { beforeCourseNrs: 8, nowNrs: 7 },
      cumulativeDose: mg(1200),
      urinary: "symptoms",
    });
    expect(r.recommendation).toBe("pause");
    expect(r.reasons.map((x) => x.ruleId)).toEqual([
      "fu.cont.urinary-symptoms",
      "fu.cont.minimal-response",
      "fu.cont.cumulative-dose",
    ]);
    expect(r.producedBy).toMatchObject({ ruleId: "fu.continuation", ruleVersion: "1.0.0" });
  });

  it("uses a clinic's own dose review level and records that it did", () => {
    const r = continuationRecommendation(
      { ...input, cumulativeDose: mg(600) },
      { cumulativeDoseReview: mg(500) },
    );
    expect(r.recommendation).toBe("adjust");
    expect(r.reasons[0]!.text).toContain("review level of 500 mg");
    expect(r.producedBy.ruleVersion).toBe("1.0.0+clinic");
  });

  it("treats no pain before the course as unscored rather than as a response", () => {
    const r = continuationRecommendation({ ...input, pain: { beforeCourseNrs: 0, nowNrs: 0 } });
    expect(r.reasons.map((x) => x.ruleId)).toEqual(["fu.cont.response-not-scored"]);
  });

  it("every rule is versioned and cited", () => {
    expect(citationProblems([...CONTINUATION_RULES, CUMULATIVE_DOSE_REVIEW])).toEqual([]);
    expect(new Set(CONTINUATION_RULES.map((r) => r.id)).size).toBe(CONTINUATION_RULES.length);
  });
});

describe("urinaryStatus", () => {
  it("reads the bladder questions of check-in responses", () => {
    const none = { symptoms: [], redFlags: [] };
    expect(urinaryStatus([none])).toBe("none");
    expect(
      urinaryStatus([
        none,
        {
          symptoms: [{ itemId: "fu.pro.urinary-urgency", answers: { frequency: 1, interference: 0 } }],
          redFlags: [],
        },
      ]),
    ).toBe("symptoms");
    expect(
      urinaryStatus([
        {
          symptoms: [{ itemId: "fu.pro.dizziness", answers: { severity: 3, interference: 3 } }],
          redFlags: [],
        },
      ]),
    ).toBe("none");
    expect(
      urinaryStatus([{ symptoms: [], redFlags: [{ questionId: "fu.red-flag.bladder", answer: true }] }]),
    ).toBe("red-flag");
  });
});
