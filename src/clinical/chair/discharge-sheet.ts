/**
 * The sheet a patient takes home: what happened today, what to expect, when to get help and who to call,
 * in plain words for this patient. Structured as headed lists so the web can print it and tests can read it.
 */
import { byTier, sideEffect } from "../catalogue";
import { type ProducedBy, producedBy } from "../provenance";
import { effectiveEntries } from "./corrections";
import type { ChartEntry, StopReason } from "./entries";
import { RED_FLAG_ADVICE, SAFETY_ADVICE } from "./sheet-advice";
import type { SessionFacts, SessionView, SideEffectView } from "./view";

export const DISCHARGE_SHEET_RULE = { id: "chair.discharge-sheet", version: "1.0.0" } as const;

export const SHEET_SECTIONS = ["today", "next-24-hours", "get-help", "safety", "contact"] as const;
export type SheetSectionId = (typeof SHEET_SECTIONS)[number];

export interface SheetSection {
  readonly id: SheetSectionId;
  readonly heading: string;
  readonly items: readonly string[];
}

export interface DischargeSheet extends ProducedBy {
  readonly sessionId: string;
  readonly title: string;
  readonly patientName: string;
  readonly clinicName: string;
  /** When the sheet was made (epoch ms). */
  readonly madeAt: number;
  readonly sections: readonly SheetSection[];
}

export interface DischargeSheetInput {
  readonly facts: SessionFacts;
  readonly view: SessionView;
  /** The session's entries (corrections included); the view says what is in force. */
  readonly entries: readonly ChartEntry[];
  readonly patientName: string;
  readonly clinicName: string;
  readonly clinicPhone: string | null;
  /** The local emergency number (e.g. "999", "112"); without one the sheet says "the emergency number". */
  readonly emergencyNumber?: string;
  readonly now: number;
}

function duration(minutesTotal: number): string {
  const m = Math.round(minutesTotal);
  const h = Math.floor(m / 60);
  const rest = m % 60;
  const hours = h === 0 ? "" : h === 1 ? "1 hour" : `${h} hours`;
  const mins = rest === 0 ? "" : rest === 1 ? "1 minute" : `${rest} minutes`;
  return [hours, mins].filter(Boolean).join(" and ") || "less than a minute";
}

const mgText = (mg: number): string => `${Math.round(mg * 10) / 10} mg`;

const STOPPED_EARLY: Readonly<Record<Exclude<StopReason, "completed">, string>> = {
  "side-effect": "We stopped the drip early because of a side effect.",
  "patient-request": "We stopped the drip early because you asked us to.",
  equipment: "We stopped the drip early because of a problem with the pump.",
};

function effectLine(s: SideEffectView, drugs: readonly string[]): string {
  const name = sideEffect(s.sideEffectId).patient.name;
  const done =
    drugs.length > 0
      ? `We gave you ${drugs.join(" and ")} for it.`
      : s.interventions.length > 0
        ? "We helped you with it."
        : "We kept a close eye on it.";
  const settled =
    s.resolvedAt !== null ? "It went away before you left." : "It had not quite gone when you left.";
  return `${name}. ${done} ${settled}`;
}

/** Whether the pump was ever paused (including a stop while paused) or turned down. */
function slowedOrPaused(inf: SessionView["infusion"]): boolean {
  const { segments } = inf;
  const last = segments[segments.length - 1];
  if (last && inf.endedAt !== null && last.to !== inf.endedAt) return true;
  return segments.some((s, i) => {
    const before = segments[i - 1];
    return before !== undefined && (s.from !== before.to || s.rateMgPerHour < before.rateMgPerHour);
  });
}

function today(input: DischargeSheetInput): string[] {
  const { view, entries } = input;
  const inf = view.infusion;
  if (inf.startedAt === null) return ["The drip did not start today."];
  const items = [
    `Your drip ran for ${duration(inf.elapsedMin)}.`,
    `You were given ${mgText(inf.doseDeliveredMg)} of ketamine.`,
  ];
  if (inf.stopReason !== null && inf.stopReason !== "completed") items.push(STOPPED_EARLY[inf.stopReason]);
  const byId = new Map(effectiveEntries(entries).map((e) => [e.id, e.body]));
  const drugsFor = (s: SideEffectView): string[] => [
    ...new Set(
      s.interventions.flatMap((i) => {
        const b = byId.get(i.entryId);
        return b?.kind === "intervention" && b.action.type === "drug" ? [b.action.drug] : [];
      }),
    ),
  ];
  if (slowedOrPaused(inf)) items.push("We slowed or paused the drip for a while to help you feel better.");
  if (view.sideEffects.length === 0) items.push("You had no side effects that we needed to note.");
  for (const s of view.sideEffects) items.push(effectLine(s, drugsFor(s)));
  return items;
}

/** The common effects that can last into the evening, and any the patient had today. */
function nextDay(view: SessionView): string[] {
  const had = new Set(view.sideEffects.map((s) => s.sideEffectId));
  const common = byTier("common").filter((e) => e.onset.includes("within-hours") || had.has(e.id));
  const items = common.map((e) => `${e.patient.name}. ${e.patient.whatItFeelsLike}`);
  return [
    "You may feel tired, a bit dizzy or a bit sick for the rest of the day. This should be gone by the next day.",
    ...items,
  ];
}

/**
 * The patient's discharge sheet.
 * @example dischargeSheet({ facts, view, entries, patientName, clinicName, clinicPhone: "0123 456", now }).sections[0].heading
 */
export function dischargeSheet(input: DischargeSheetInput): DischargeSheet {
  const emergency = input.emergencyNumber?.trim()
    ? `call ${input.emergencyNumber.trim()}`
    : "call the emergency number";
  const contact = [
    input.clinicPhone?.trim()
      ? `If you are worried or have questions, call ${input.clinicName || "the clinic"} on ${input.clinicPhone.trim()}.`
      : `If you are worried or have questions, call ${input.clinicName || "the clinic"}.`,
    `In an emergency, ${emergency} at once.`,
  ];
  return {
    ...producedBy(DISCHARGE_SHEET_RULE),
    sessionId: input.facts.sessionId,
    title: "Going home after your ketamine drip",
    patientName: input.patientName,
    clinicName: input.clinicName,
    madeAt: input.now,
    sections: [
      { id: "today", heading: "What happened today", items: today(input) },
      { id: "next-24-hours", heading: "What to expect in the next day", items: nextDay(input.view) },
      {
        id: "get-help",
        heading: `Get help at once (${emergency}) if`,
        items: RED_FLAG_ADVICE.map((a) => a.text),
      },
      { id: "safety", heading: "Keep safe until the next day", items: SAFETY_ADVICE.map((a) => a.text) },
      { id: "contact", heading: "Who to call", items: contact },
    ],
  };
}

/** The sheet as plain text, in reading order (for readability checks and a plain printout). */
export function sheetText(sheet: DischargeSheet): string {
  return [sheet.title, ...sheet.sections.flatMap((s) => [`${s.heading}:`, ...s.items])].join("\n");
}
