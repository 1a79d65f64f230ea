import { describe, expect, it } from "vitest";
import { fleschKincaidGrade } from "../catalogue/readability";
import { citationProblems } from "../provenance";
import { HOME_CARE } from "./home-care";
import { type CheckinResponse, PRO_ITEMS, RED_FLAG_QUESTIONS } from "./pro-items";
import {
  CALL_BACK_LEVELS,
  DEFAULT_TRIAGE_CONFIG,
  responseTimePromise,
  type TriageConfig,
  triage,
} from "./triage";

/** Every warning-sign question answered, "yes" to those named. */
const flags = (...yes: string[]) =>
  RED_FLAG_QUESTIONS.map((q) => ({ questionId: q.id, answer: yes.includes(q.id) }));
const none: CheckinResponse = { symptoms: [], redFlags: flags() };
const mildDizzy: CheckinResponse = {
  ...none,
  symptoms: [{ itemId: "fu.pro.dizziness", answers: { severity: 1, interference: 1 } }],
};

describe("triage", () => {
  it("sends a warning sign to the emergency number or the clinic at once", () => {
    const r = triage({ ...mildDizzy, redFlags: flags("fu.red-flag.jaundice") });
    expect(r).toMatchObject({ level: "emergency", worklistPriority: "high", selfCare: [] });
    expect(r.reasons).toEqual([
      expect.objectContaining({ itemId: "fu.red-flag.jaundice", sideEffectId: "liver-injury" }),
    ]);
    expect(r.patientMessage).toMatch(/^Call your local emergency number now, or call the clinic now\./);
  });

  it("a 'no' to a warning sign is not a warning", () => {
    expect(triage({ ...none, redFlags: flags() }).level).toBe("none");
  });

  it("names the clinic's numbers when configured", () => {
    const config: TriageConfig = {
      ...DEFAULT_TRIAGE_CONFIG,
      emergencyNumber: "112",
      clinicPhone: "030 1234 567",
    };
    const r = triage({ ...none, redFlags: flags("fu.red-flag.seizure") }, config);
    expect(r.patientMessage).toContain("Call 112 now, or call the clinic on 030 1234 567 now.");
  });

  it("tells the patient honestly when reports are read", () => {
    expect(triage(none).patientMessage).toContain("No one reads them at night or when the clinic is shut.");
    const config = {
      ...DEFAULT_TRIAGE_CONFIG,
      responseTimePromise: "We read reports every day from 8 to 20.",
    };
    expect(triage(mildDizzy, config).patientMessage).toContain("We read reports every day from 8 to 20.");
  });

  it("gives home advice for mild symptoms, one piece per effect", () => {
    const r = triage({
      ...none,
      symptoms: [
        { itemId: "fu.pro.urinary-frequency", answers: { frequency: 1, interference: 0 } },
        { itemId: "fu.pro.urinary-urgency", answers: { frequency: 2, interference: 1 } },
        { itemId: "fu.pro.nausea", answers: { frequency: 0 } },
      ],
    });
    expect(r.level).toBe("self-care");
    expect(r.worklistPriority).toBeNull();
    expect(r.reasons.map((x) => x.itemId)).toEqual(["fu.pro.urinary-frequency", "fu.pro.urinary-urgency"]);
    expect(r.selfCare.map((s) => s.sideEffectId)).toEqual(["ketamine-cystitis"]);
    expect(r.selfCare[0]!.name).toBe("Bladder problems");
  });

  it("asks for a call back at moderate severity, and keeps home advice for other mild effects", () => {
    const r = triage({
      ...none,
      symptoms: [
        { itemId: "fu.pro.headache", answers: { severity: 2, interference: 1 } },
        ...mildDizzy.symptoms,
      ],
    });
    expect(r).toMatchObject({ level: "call-back", worklistPriority: "medium" });
    expect(r.reasons).toEqual([
      {
        itemId: "fu.pro.headache",
        sideEffectId: "headache",
        text: "headache: severity 2 (Moderate), interference 1 (A little bit)",
      },
    ]);
    expect(r.selfCare.map((s) => s.sideEffectId)).toEqual(["dizziness"]);
  });

  it("asks for a call back for any pain on passing urine", () => {
    const r = triage({
      ...none,
      symptoms: [{ itemId: "fu.pro.painful-urination", answers: { severity: 1 } }],
    });
    expect(r.level).toBe("call-back");
  });

  it("records a clinic's own call-back levels in the rule version", () => {
    expect(triage(none).producedBy).toMatchObject({ ruleId: "fu.triage", ruleVersion: "1.0.0" });
    const strict = {
      ...DEFAULT_TRIAGE_CONFIG,
      callBackFrom: { ...DEFAULT_TRIAGE_CONFIG.callBackFrom, severity: 1 },
    };
    const r = triage(mildDizzy, strict);
    expect(r.level).toBe("call-back");
    expect(r.producedBy.ruleVersion).toBe("1.0.0+clinic");
  });

  it("refuses an invalid response, and one with a warning sign left unanswered", () => {
    expect(() => triage({ ...none, painNowNrs: 12 })).toThrow(/\/painNowNrs/);
    expect(() => triage({ ...none, redFlags: none.redFlags.slice(1) })).toThrow(/fu\.red-flag\.allergy/);
  });

  it("asks the clinic to read free text, without pretending the rules did", () => {
    const r = triage({ ...none, freeText: "My arm is sore where the drip was." });
    expect(r.level).toBe("none");
    expect(r.patientMessage).toContain("We read your notes when the clinic is open.");
  });
});

describe("what the patient reads", () => {
  it("home advice exists for every effect a patient can report", () => {
    for (const item of PRO_ITEMS) expect(HOME_CARE.map((c) => c.sideEffectId)).toContain(item.sideEffectId);
    expect(citationProblems([...HOME_CARE, ...CALL_BACK_LEVELS])).toEqual([]);
  });

  it("stays at a reading age of about 12 (Flesch–Kincaid grade 7 or less)", () => {
    const texts = [
      ...HOME_CARE.map((c) => c.text),
      ...PRO_ITEMS.flatMap((i) => Object.values(i.questions)),
      ...RED_FLAG_QUESTIONS.map((q) => q.question),
      responseTimePromise(DEFAULT_TRIAGE_CONFIG),
      triage(none).patientMessage,
      triage(mildDizzy).patientMessage,
      triage({
        ...none,
        symptoms: [{ itemId: "fu.pro.headache", answers: { severity: 3, interference: 3 } }],
      }).patientMessage,
      triage({ ...none, redFlags: flags("fu.red-flag.seizure") }).patientMessage,
    ];
    for (const text of texts) expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(7);
  });
});
