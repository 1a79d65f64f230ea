import { describe, expect, it } from "vitest";
import { sideEffect } from "../catalogue";
import { citationProblems } from "../provenance";
import {
  ANSWER_SCALES,
  type CheckinResponse,
  PRO_ITEMS,
  RED_FLAG_QUESTIONS,
  responseProblems,
} from "./pro-items";

const allNo = RED_FLAG_QUESTIONS.map((q) => ({ questionId: q.id, answer: false }));
const ok: CheckinResponse = { symptoms: [], redFlags: allNo };

describe("PRO items", () => {
  it("covers the effects patients report, each tied to a catalogue entry", () => {
    expect(PRO_ITEMS.map((i) => i.id)).toEqual([
      "fu.pro.dizziness",
      "fu.pro.nausea",
      "fu.pro.vomiting",
      "fu.pro.anxiety",
      "fu.pro.fatigue",
      "fu.pro.blurred-vision",
      "fu.pro.headache",
      "fu.pro.urinary-frequency",
      "fu.pro.urinary-urgency",
      "fu.pro.painful-urination",
      "fu.pro.confusion",
      "fu.pro.strange-perceptions",
    ]);
    for (const item of PRO_ITEMS) expect(sideEffect(item.sideEffectId).id).toBe(item.sideEffectId);
  });

  it("asks one question per attribute, and uses the fact sheet's attribute sets", () => {
    for (const item of PRO_ITEMS) expect(Object.keys(item.questions)).toEqual(item.attributes);
    const attrs = (key: string) => PRO_ITEMS.find((i) => i.id === `fu.pro.${key}`)!.attributes;
    expect(attrs("anxiety")).toEqual(["frequency", "severity", "interference"]);
    expect(attrs("nausea")).toEqual(["frequency", "severity"]);
    expect(attrs("painful-urination")).toEqual(["severity"]);
    expect(attrs("urinary-urgency")).toEqual(["frequency", "interference"]);
  });

  it("marks items without a confirmed PRO-CTCAE item as practice defaults and says why", () => {
    for (const item of PRO_ITEMS.filter((i) => i.proCtcaeTerm === null)) {
      expect(item.evidence).toBe("practice-default");
      expect(item.note).toMatch(/practice default/);
    }
    expect(PRO_ITEMS.find((i) => i.sideEffectId === "dissociation")?.note).toMatch(
      /no item for dissociation/,
    );
  });

  it("uses five-level 0–4 scales with the standard labels, two levels for presence", () => {
    expect(ANSWER_SCALES.severity.labels).toEqual(["None", "Mild", "Moderate", "Severe", "Very severe"]);
    expect(ANSWER_SCALES.frequency.labels[4]).toBe("Almost constantly");
    expect(ANSWER_SCALES.interference.labels[2]).toBe("Somewhat");
    expect(ANSWER_SCALES.presence.labels).toHaveLength(2);
  });

  it("asks about each warning sign the sheet names, citing the catalogue's red flag", () => {
    expect(RED_FLAG_QUESTIONS.map((q) => q.sideEffectId)).toEqual([
      "anaphylaxis",
      "seizure",
      "psychotic-symptoms",
      "hypertension",
      "ketamine-cystitis",
      "liver-injury",
    ]);
    for (const q of RED_FLAG_QUESTIONS)
      expect(q.sources).toEqual(sideEffect(q.sideEffectId).redFlags[0]!.sources);
    expect(citationProblems([...PRO_ITEMS, ...RED_FLAG_QUESTIONS])).toEqual([]);
  });
});

describe("responseProblems", () => {
  it("asks for every warning sign, so a skipped one is never read as no", () => {
    expect(responseProblems({ symptoms: [], redFlags: allNo.slice(0, 5) })).toEqual([
      { path: "/redFlags", message: "Answer the warning-sign question fu.red-flag.jaundice." },
    ]);
  });

  it("accepts a complete response", () => {
    expect(
      responseProblems({
        symptoms: [{ itemId: "fu.pro.anxiety", answers: { frequency: 2, severity: 1, interference: 0 } }],
        redFlags: allNo,
        painNowNrs: 4,
        painAverageNrs: 5,
        reliefPercent: 40,
        freeText: "Slept badly.",
      }),
    ).toEqual([]);
    expect(responseProblems(ok)).toEqual([]);
  });

  it("asks for every attribute of an item unless the first answer is 0", () => {
    expect(
      responseProblems({ ...ok, symptoms: [{ itemId: "fu.pro.nausea", answers: { frequency: 2 } }] }),
    ).toEqual([{ path: "/symptoms/0/answers/severity", message: "Answer the severity question too." }]);
    expect(
      responseProblems({ ...ok, symptoms: [{ itemId: "fu.pro.nausea", answers: { frequency: 0 } }] }),
    ).toEqual([]);
  });

  it("names each bad field by its JSON pointer", () => {
    const paths = responseProblems({
      symptoms: [
        { itemId: "fu.pro.headache", answers: { severity: 5, interference: 1.5 } },
        { itemId: "fu.pro.nope", answers: {} },
        { itemId: "fu.pro.vomiting", answers: { frequency: 1, severity: 1 } },
        { itemId: "fu.pro.headache", answers: { severity: 1, interference: 1 } },
      ],
      redFlags: [...allNo, { questionId: "fu.red-flag.unknown", answer: true }, allNo[0]!],
      painNowNrs: 11,
      reliefPercent: 101,
      freeText: "x".repeat(2001),
    }).map((p) => p.path);
    expect(paths).toEqual([
      "/symptoms/0/answers/severity",
      "/symptoms/0/answers/interference",
      "/symptoms/1/itemId",
      "/symptoms/2/answers/severity",
      "/symptoms/3/itemId",
      "/redFlags/6/questionId",
      "/redFlags/7/questionId",
      "/painNowNrs",
      "/reliefPercent",
      "/freeText",
    ]);
  });
});
