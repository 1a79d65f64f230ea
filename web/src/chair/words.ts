/** Chair facts in words: phases, durations, quantities with units, and every kind of chart entry. */
import { sideEffect } from "../../../src/clinical/catalogue";
import type { ChartScoreScale, EntryBody, GateItem, StopReason } from "../../../src/clinical/chair/entries";
import type { Phase } from "../../../src/clinical/chair/view";
import type { VitalSign } from "../../../src/clinical/monitoring/types";
import type { StaffMember } from "../api/types";

export const PHASE_LABEL: Record<Phase, string> = {
  waiting: "Waiting",
  "pre-checks": "Pre-infusion checks",
  infusing: "Infusing",
  paused: "Paused",
  observing: "Observing",
  "ready-for-discharge": "Ready for discharge",
  discharged: "Discharged",
};

export const STOP_REASON_LABEL: Record<StopReason, string> = {
  completed: "Completed",
  "side-effect": "Side effect",
  "patient-request": "Patient request",
  equipment: "Equipment",
};

export const SCALE_LABEL: Record<ChartScoreScale, string> = {
  moaas: "MOAA/S",
  rass: "RASS",
  cadss6: "CADSS-6",
  nrs: "Pain NRS",
  aldrete: "Modified Aldrete",
  padss: "PADSS",
};

export const GATE_ITEM_LABEL: Record<GateItem, string> = {
  identity: "Identity",
  plan: "Plan",
  consent: "Consent",
  fasting: "Fasting",
  escort: "Escort",
  "no-driving": "No driving",
  "medications-reviewed": "Medications reviewed",
  "pregnancy-test": "Pregnancy test",
};

/** Each vital sign's short name and unit, in display order. */
export const VITALS: readonly { sign: VitalSign; label: string; unit: string }[] = [
  { sign: "hr", label: "HR", unit: "/min" },
  { sign: "sbp", label: "SBP", unit: "mmHg" },
  { sign: "dbp", label: "DBP", unit: "mmHg" },
  { sign: "spo2", label: "SpO2", unit: "%" },
  { sign: "rr", label: "RR", unit: "/min" },
];

/**
 * A duration in whole minutes as people read it.
 * @example minutes(65) // "1 h 05 min"
 */
export function minutes(total: number): string {
  const m = Math.max(0, Math.round(total));
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

/** An instant as the local wall-clock time, e.g. "14:05". */
export function clock(at: number): string {
  return new Date(at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
}

/**
 * An amount with at most one decimal, e.g. mg(12.345) // "12.3 mg".
 */
export function mg(amount: number): string {
  return `${Number(amount.toFixed(1))} mg`;
}

export function mgPerHour(rate: number): string {
  return `${Number(rate.toFixed(1))} mg/h`;
}

/**
 * The readings of a vitals entry in words.
 * @example vitalsText({ hr: 72, sbp: 120, dbp: 80 }) // "HR 72 /min, BP 120/80 mmHg"
 */
export function vitalsText(values: Partial<Record<VitalSign, number>>): string {
  const parts: string[] = [];
  if (values.hr !== undefined) parts.push(`HR ${values.hr} /min`);
  if (values.sbp !== undefined || values.dbp !== undefined) {
    parts.push(`BP ${values.sbp ?? "–"}/${values.dbp ?? "–"} mmHg`);
  }
  if (values.spo2 !== undefined) parts.push(`SpO2 ${values.spo2} %`);
  if (values.rr !== undefined) parts.push(`RR ${values.rr} /min`);
  return parts.join(", ") || "no values";
}

/** One line saying what an entry records, for the history, the timeline and the unsent list. */
export function describeEntry(body: EntryBody): string {
  switch (body.kind) {
    case "gate-check":
      return `${GATE_ITEM_LABEL[body.item]} ${body.outcome === "confirmed" ? "confirmed" : "not applicable"}${body.note ? ` (${body.note})` : ""}`;
    case "gate-override":
      return `Pre-infusion checks overridden: ${body.reason}`;
    case "vitals":
      return `${body.baseline ? "Baseline vital signs" : "Vital signs"}: ${vitalsText(body)}`;
    case "score":
      return `${SCALE_LABEL[body.scale]} ${body.value}`;
    case "infusion-start":
      return `Infusion started at ${mgPerHour(body.rateMgPerHour)}`;
    case "rate-change":
      return `Rate changed to ${mgPerHour(body.rateMgPerHour)}: ${body.reason}`;
    case "pause":
      return `Infusion paused: ${body.reason}`;
    case "resume":
      return `Infusion resumed at ${mgPerHour(body.rateMgPerHour)}`;
    case "stop":
      return `Infusion stopped: ${STOP_REASON_LABEL[body.reason]}${body.note ? ` (${body.note})` : ""}`;
    case "side-effect":
      return `${sideEffect(body.sideEffectId).clinicalName}, grade ${body.grade}${body.note ? ` (${body.note})` : ""}`;
    case "side-effect-resolved":
      return `${sideEffect(body.sideEffectId).clinicalName} resolved`;
    case "intervention": {
      const a = body.action;
      return a.type === "drug" ? `Gave ${a.drug} ${a.dose} ${a.doseUnit} ${a.route}` : `Done: ${a.text}`;
    }
    case "alert-ack":
      return "Alert acknowledged";
    case "escort":
      return body.present ? `Escort present${body.name ? `: ${body.name}` : ""}` : "No escort present";
    case "monitor":
      return body.deviceId ? `Monitor ${body.deviceId} connected` : "Monitor disconnected";
    case "discharge":
      return `Discharged${body.note ? `: ${body.note}` : ""}`;
    case "entered-in-error":
      return "Marked entered in error";
  }
}

/**
 * Who recorded or acknowledged something: the signed-in user, a monitor, or a colleague by name. An id
 * missing from the staff list (an account removed since) is told apart by the start of the id.
 */
export function who(
  userId: string | null,
  me: { id: string; name: string },
  staff: readonly StaffMember[],
): string {
  if (userId === null) return "monitor";
  if (userId === me.id) return `${me.name} (you)`;
  return staff.find((s) => s.id === userId)?.name ?? `staff member ${userId.slice(0, 8)}`;
}
