import { describe, expect, it } from "vitest";
import type { ReportAnswers, WorklistItem } from "../api/followup";
import { announceWorklist, answerLines, byUrgency, isOpen, itemAge, withWorklistEvent } from "./worklist";

const item = (id: string, over: Partial<WorklistItem>): WorklistItem => ({
  id,
  kind: "report",
  priority: "medium",
  patient: { id: `p-${id}`, mrn: `M${id}`, givenName: "Ann", familyName: id },
  openedAt: 0,
  reasons: [],
  report: null,
  slot: null,
  calls: [],
  ...over,
});

const redFlag = (id: string, openedAt: number) => item(id, { priority: "high", openedAt });
const overdue = (id: string, openedAt: number) => item(id, { kind: "overdue-checkin", openedAt });
const callBack = (id: string, openedAt: number) => item(id, { openedAt });
const low = (id: string, openedAt: number) => item(id, { priority: "low", openedAt });
const closingCall = { at: 5, by: null, advice: "ok", outcome: "resolved" as const, closes: true };

describe("urgency order", () => {
  it("puts warning signs first, then overdue check-ins, then call-backs, oldest first within each", () => {
    const sorted = [
      low("l1", 0),
      callBack("c1", 1),
      overdue("o2", 9),
      redFlag("r2", 8),
      overdue("o1", 2),
      { ...overdue("r1", 3), priority: "high" as const },
    ]
      .sort(byUrgency)
      .map((i) => i.id);
    expect(sorted).toEqual(["r1", "r2", "o1", "o2", "c1", "l1"]);
  });
});

describe("withWorklistEvent", () => {
  const list = [redFlag("r1", 1), overdue("o1", 2), callBack("c1", 3)];

  it("slots a newly opened red flag above older, less urgent items", () => {
    const next = withWorklistEvent(list, { change: "opened", item: redFlag("r2", 10) });
    expect(next.map((i) => i.id)).toEqual(["r1", "r2", "o1", "c1"]);
  });

  it("keeps an item answered by a call that does not close it, showing the call", () => {
    const noAnswer = { ...closingCall, outcome: "no-answer" as const, closes: false };
    const next = withWorklistEvent(list, {
      change: "call",
      item: { ...overdue("o1", 2), calls: [noAnswer] },
    });
    expect(next.map((i) => i.id)).toEqual(["r1", "o1", "c1"]);
    expect(next[1]?.calls).toHaveLength(1);
  });

  it("drops an item once a call closes it", () => {
    const next = withWorklistEvent(list, {
      change: "call",
      item: { ...redFlag("r1", 1), calls: [closingCall] },
    });
    expect(next.map((i) => i.id)).toEqual(["o1", "c1"]);
    expect(isOpen({ ...redFlag("r1", 1), calls: [closingCall] })).toBe(false);
    expect(isOpen({ ...redFlag("r1", 1), closedAt: 9 })).toBe(false);
  });
});

describe("itemAge", () => {
  const min = 60_000;
  it.each([
    [0, "just now"],
    [12 * min, "12 min"],
    [60 * min, "1 h"],
    [95 * min, "1 h 35 min"],
    [26 * 60 * min, "1 day"],
    [3 * 24 * 60 * min, "3 days"],
  ])("%i ms reads %s", (elapsed, words) => {
    expect(itemAge(1_000_000, 1_000_000 + elapsed)).toBe(words);
  });
});

describe("answerLines", () => {
  it("names warning signs, scored symptoms with their scale words, pain and the patient's words", () => {
    const answers: ReportAnswers = {
      redFlags: [
        { questionId: "fu.red-flag.seizure", answer: true },
        { questionId: "fu.red-flag.bladder", answer: false },
      ],
      symptoms: [
        { itemId: "fu.pro.dizziness", answers: { severity: 3, interference: 2 } },
        { itemId: "fu.pro.nausea", answers: { frequency: 0 } },
      ],
      painNowNrs: 4,
      reliefPercent: 40,
      freeText: " felt odd ",
    };
    expect(answerLines(answers)).toEqual([
      "Warning sign — yes: Did you have a fit (seizure)?",
      "Dizziness: severity 3 (Severe), interference 2 (Somewhat)",
      "Pain: now 4/10, relief 40 %",
      "In their words: “felt odd”",
    ]);
  });

  it("says so when nothing was reported", () => {
    expect(answerLines({ redFlags: [], symptoms: [] })).toEqual(["No symptoms or warning signs reported."]);
  });
});

describe("announceWorklist", () => {
  it("says a high-priority report arrived and whose it is", () => {
    expect(announceWorklist({ change: "opened", item: redFlag("Smith", 1) })).toBe(
      "High-priority report on the worklist: Ann Smith",
    );
    expect(announceWorklist({ change: "call", item: { ...redFlag("Smith", 1), calls: [closingCall] } })).toBe(
      "Worklist item for Ann Smith closed",
    );
  });
});
