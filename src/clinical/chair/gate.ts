/**
 * The pre-infusion gate: which checks are required for this patient, which are met, and whether a
 * physician has let an unmet gate pass.
 */
import { VITAL_SIGNS, type VitalSign } from "../monitoring/types";
import { THRESHOLDS as SCREENING } from "../screening/thresholds";
import { type ChairConfig, type ChairSettingId, DEFAULT_CHAIR_CONFIG } from "./config";
import type { ChartEntry, EntryBody } from "./entries";
import { GATE_DEFINITIONS, type GateItemId } from "./gate-items";
import { vitalValues } from "./monitoring-events";
import type { GateStatus, SessionFacts } from "./view";

type GateRow = GateStatus["items"][number];
type GateCheck = Extract<EntryBody, { kind: "gate-check" }>;

/** Whether a pregnancy test is required, and why. Unknown sex or age counts as possibly childbearing. */
export function pregnancyTestRequired(patient: SessionFacts["patient"]): { required: boolean; why: string } {
  if (patient.sex === "male" || patient.sex === "other")
    return { required: false, why: `Not required (sex: ${patient.sex}).` };
  if (patient.ageYears === null) return { required: true, why: "Required: age unknown." };
  const from = SCREENING.childbearingFrom.value;
  const below = SCREENING.childbearingBelow.value;
  const inRange = patient.ageYears >= from && patient.ageYears < below;
  if (patient.sex === "unknown" && inRange) return { required: true, why: "Required: sex not recorded." };
  return inRange
    ? { required: true, why: `Required: aged ${patient.ageYears} (${from} to under ${below}).` }
    : { required: false, why: `Not required: aged ${patient.ageYears}.` };
}

/** Pre-dose limits on each vital sign: [setting, which side of it blocks]. */
const LIMITS: readonly (readonly [VitalSign, ChairSettingId, "max" | "min"])[] = [
  ["sbp", "chair.gate.sbp-max", "max"],
  ["sbp", "chair.gate.sbp-min", "min"],
  ["dbp", "chair.gate.dbp-max", "max"],
  ["hr", "chair.gate.hr-max", "max"],
  ["hr", "chair.gate.hr-min", "min"],
  ["rr", "chair.gate.rr-max", "max"],
  ["rr", "chair.gate.rr-min", "min"],
  ["spo2", "chair.gate.spo2-min", "min"],
];

/** What is wrong with a baseline reading (missing signs, values outside the limits); empty when fine. */
export function baselineProblems(body: EntryBody, config: ChairConfig = DEFAULT_CHAIR_CONFIG): string[] {
  const values = vitalValues(body);
  const missing = VITAL_SIGNS.filter((s) => values[s] === undefined);
  const problems = missing.length > 0 ? [`missing ${missing.map((s) => s.toUpperCase()).join(", ")}`] : [];
  for (const [sign, id, side] of LIMITS) {
    const v = values[sign];
    const limit = config.chair[id];
    if (v === undefined) continue;
    if (side === "max" && v > limit) problems.push(`${sign.toUpperCase()} ${v} above ${limit}`);
    if (side === "min" && v < limit) problems.push(`${sign.toUpperCase()} ${v} below ${limit}`);
  }
  return problems;
}

/** The latest of the entries (by time, then recording order) that `pick` accepts. */
function latest<T extends ChartEntry>(
  entries: readonly ChartEntry[],
  pick: (e: ChartEntry) => e is T,
): T | null {
  let best: T | null = null;
  for (const e of entries) {
    if (pick(e) && (best === null || e.at > best.at || (e.at === best.at && e.seq > best.seq))) best = e;
  }
  return best;
}

const isGateCheck =
  (item: GateItemId) =>
  (e: ChartEntry): e is ChartEntry & { body: GateCheck } =>
    e.body.kind === "gate-check" && e.body.item === item;

function checkRow(
  item: GateItemId,
  label: string,
  required: boolean,
  why: string,
  mayBeNA: boolean,
  effective: readonly ChartEntry[],
): GateRow {
  const entry = latest(effective, isGateCheck(item));
  if (entry === null)
    return { item, label, required, met: !required, detail: required ? "Not yet confirmed." : why };
  const { outcome, note } = entry.body;
  if (outcome === "confirmed") return { item, label, required, met: true, detail: "Confirmed." };
  if (!mayBeNA) return { item, label, required, met: !required, detail: "Cannot be marked not applicable." };
  if (!note?.trim())
    return { item, label, required, met: !required, detail: "Not applicable needs a note saying why." };
  return { item, label, required, met: true, detail: `Not applicable: ${note.trim()}` };
}

function baselineRow(
  label: string,
  effective: readonly ChartEntry[],
  startedAt: number | null,
  config: ChairConfig,
): GateRow {
  const entry = latest(
    effective,
    (e): e is ChartEntry =>
      e.body.kind === "vitals" && e.body.baseline === true && (startedAt === null || e.at <= startedAt),
  );
  const row = { item: "baseline-vitals" as const, label, required: true };
  if (entry === null) return { ...row, met: false, detail: "No baseline vital signs recorded." };
  const problems = baselineProblems(entry.body, config);
  return problems.length === 0
    ? { ...row, met: true, detail: "Within the pre-dose limits." }
    : { ...row, met: false, detail: `Latest baseline: ${problems.join("; ")}.` };
}

/**
 * The gate at this point of the chart. `complete` says whether every required item is met; a physician's
 * override is reported separately (`overriddenBy`), and either lets the infusion start.
 * @param startedAt the infusion start, when there is one: only baseline readings before it count.
 */
export function gateStatus(
  facts: SessionFacts,
  effective: readonly ChartEntry[],
  config: ChairConfig = DEFAULT_CHAIR_CONFIG,
  startedAt: number | null = null,
): GateStatus {
  const pregnancy = pregnancyTestRequired(facts.patient);
  const items: GateRow[] = GATE_DEFINITIONS.map((d) => {
    switch (d.item) {
      case "evaluation-signed":
        return {
          item: d.item,
          label: d.label,
          required: true,
          met: facts.evaluationSigned,
          detail: facts.evaluationSigned ? "On file." : "No signed evaluation with a go decision.",
        };
      case "baseline-vitals":
        return baselineRow(d.label, effective, startedAt, config);
      case "pregnancy-test":
        return checkRow(d.item, d.label, pregnancy.required, pregnancy.why, d.mayBeNotApplicable, effective);
      default:
        return checkRow(d.item, d.label, true, "", d.mayBeNotApplicable, effective);
    }
  });
  const override = latest(
    effective,
    (e): e is ChartEntry & { body: Extract<EntryBody, { kind: "gate-override" }> } =>
      e.body.kind === "gate-override" && (startedAt === null || e.at <= startedAt),
  );
  return {
    complete: items.every((i) => !i.required || i.met),
    items,
    overriddenBy: override ? { entryId: override.id, reason: override.body.reason } : null,
  };
}

/** Whether the gate lets the infusion start: complete, or overridden by a physician. */
export const gatePasses = (gate: GateStatus): boolean => gate.complete || gate.overriddenBy !== null;
