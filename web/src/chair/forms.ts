/** Turning what is typed at the chair into entry bodies, with the problems named per field. */
import type { SideEffectId } from "../../../src/clinical/catalogue/types";
import { SIDE_EFFECT_IDS } from "../../../src/clinical/catalogue/types";
import {
  type ChartScoreScale,
  DOSE_UNITS,
  type EntryBody,
  GATE_ITEMS,
  ROUTES,
  SCORE_SCALES,
  STOP_REASONS,
} from "../../../src/clinical/chair/entries";
import { VITAL_SIGNS, type VitalSign } from "../../../src/clinical/monitoring/types";
import {
  CADSS6,
  MOAAS,
  MODIFIED_ALDRETE,
  PADSS_INFUSION,
  PAIN_NRS,
  RASS,
} from "../../../src/clinical/scores/definitions";
import type { ScoreDefinition } from "../../../src/clinical/scores/types";
import { SCALE_LABEL } from "./words";

export type VitalsDraft = Record<VitalSign, string>;
export const EMPTY_VITALS: VitalsDraft = { hr: "", sbp: "", dbp: "", spo2: "", rr: "" };

/** What the server accepts as plausible (beyond it is a typing or device error). */
const VITAL_RANGE: Record<VitalSign, [number, number]> = {
  hr: [0, 300],
  sbp: [0, 300],
  dbp: [0, 250],
  spo2: [0, 100],
  rr: [0, 80],
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/**
 * The typed readings as numbers. Empty fields are left out; a baseline needs all five (the gate asks
 * for a full set), any other reading at least one.
 */
export function parseVitals(
  draft: VitalsDraft,
  baseline: boolean,
): Parsed<Partial<Record<VitalSign, number>>> {
  const values: Partial<Record<VitalSign, number>> = {};
  const errors: Record<string, string> = {};
  for (const sign of VITAL_SIGNS) {
    const text = draft[sign].trim();
    if (text === "") {
      if (baseline) errors[sign] = "Needed for the baseline.";
      continue;
    }
    const n = Number(text);
    const [lo, hi] = VITAL_RANGE[sign];
    if (!Number.isFinite(n) || n < lo || n > hi) errors[sign] = `Enter a number from ${lo} to ${hi}.`;
    else values[sign] = n;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (Object.keys(values).length === 0) return { ok: false, errors: { hr: "Enter at least one reading." } };
  return { ok: true, value: values };
}

/** The instrument behind each charted scale. */
export const SCALE_DEFINITION: Record<ChartScoreScale, ScoreDefinition> = {
  moaas: MOAAS,
  rass: RASS,
  cadss6: CADSS6,
  nrs: PAIN_NRS,
  aldrete: MODIFIED_ALDRETE,
  padss: PADSS_INFUSION,
};

/** The range of totals a scale can take: from its lowest band to its highest. */
export function scaleRange(scale: ChartScoreScale): [number, number] {
  const bands = SCALE_DEFINITION[scale].bands;
  return [Math.min(...bands.map((b) => b.min)), Math.max(...bands.map((b) => b.max))];
}

export function parseScore(scale: ChartScoreScale, text: string): Parsed<number> {
  const n = Number(text.trim());
  const [lo, hi] = scaleRange(scale);
  if (text.trim() === "" || !Number.isInteger(n) || n < lo || n > hi) {
    return { ok: false, errors: { value: `${SCALE_LABEL[scale]} is a whole number from ${lo} to ${hi}.` } };
  }
  return { ok: true, value: n };
}

/** A rate in mg/h above 0, or the problem. */
export function parseRate(text: string): Parsed<number> {
  const n = Number(text.trim());
  if (text.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 1000) {
    return { ok: false, errors: { rate: "Enter a rate above 0 mg/h." } };
  }
  return { ok: true, value: n };
}

export interface AmendField {
  readonly name: string;
  readonly type: "number" | "text" | "boolean" | "choice";
  readonly options?: readonly string[];
}

const CHOICES: Record<string, readonly string[]> = {
  item: GATE_ITEMS,
  outcome: ["confirmed", "not-applicable"],
  scale: SCORE_SCALES,
  sideEffectId: SIDE_EFFECT_IDS as readonly SideEffectId[],
  doseUnit: DOSE_UNITS,
  route: ROUTES,
};

/** Optional fields an amendment may add although the original left them out. */
const OPTIONAL: Partial<Record<EntryBody["kind"], readonly AmendField[]>> = {
  vitals: VITAL_SIGNS.map((name) => ({ name, type: "number" })),
  "gate-check": [{ name: "note", type: "text" }],
  stop: [{ name: "note", type: "text" }],
  "side-effect": [{ name: "note", type: "text" }],
  escort: [{ name: "name", type: "text" }],
  discharge: [{ name: "note", type: "text" }],
};

/**
 * The fields of an entry that an amendment can change (same kind, new values). Entries whose content is
 * a reference (alert acknowledgements), a nested action or a score's items (the total must stay their
 * sum) can only be withdrawn and charted anew.
 */
export function amendableFields(body: EntryBody): AmendField[] {
  if (body.kind === "alert-ack" || body.kind === "intervention" || body.kind === "entered-in-error")
    return [];
  if (body.kind === "score" && body.items !== undefined) return [];
  const fields = new Map<string, AmendField>();
  for (const f of OPTIONAL[body.kind] ?? []) fields.set(f.name, f);
  for (const [name, value] of Object.entries(body)) {
    if (name === "kind" || name === "baseline") continue;
    if (body.kind === "stop" && name === "reason")
      fields.set(name, { name, type: "choice", options: STOP_REASONS });
    else if (name in CHOICES) fields.set(name, { name, type: "choice", options: CHOICES[name] });
    else if (typeof value === "number") fields.set(name, { name, type: "number" });
    else if (typeof value === "boolean") fields.set(name, { name, type: "boolean" });
    else if (name !== "deviceId" || value !== null) fields.set(name, { name, type: "text" });
  }
  return [...fields.values()];
}

/** The draft values of an amendment form, starting from the body in force. */
export function amendDraft(body: EntryBody): Record<string, string> {
  const draft: Record<string, string> = {};
  for (const f of amendableFields(body)) {
    const v = (body as unknown as Record<string, unknown>)[f.name];
    draft[f.name] = v === undefined || v === null ? "" : String(v);
  }
  return draft;
}

/** The amended body: the same kind with the edited values (empty optional fields left out). */
export function amendedBody(body: EntryBody, draft: Record<string, string>): Parsed<EntryBody> {
  const next: Record<string, unknown> = { ...body };
  const errors: Record<string, string> = {};
  for (const f of amendableFields(body)) {
    const text = (draft[f.name] ?? "").trim();
    if (text === "") {
      if ((body as unknown as Record<string, unknown>)[f.name] !== undefined && f.type !== "text") {
        errors[f.name] = "Needed.";
      }
      delete next[f.name];
    } else if (f.type === "number") {
      const n = Number(text);
      if (!Number.isFinite(n)) errors[f.name] = "Enter a number.";
      else next[f.name] = n;
    } else if (f.type === "boolean") next[f.name] = text === "true";
    else next[f.name] = text;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: next as unknown as EntryBody };
}
