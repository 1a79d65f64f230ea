/**
 * Discharge scores at the chair, item by item: the instrument's items with what each score means, the
 * total and pass mark the clinical core computes, and the latest charted score's result.
 */
import type { ChartScoreScale, EntryBody } from "../../../src/clinical/chair/entries";
import { dischargeScoreResult } from "../../../src/clinical/chair/readiness";
import type { HistoryEntry } from "../../../src/clinical/chair/view";
import { score } from "../../../src/clinical/scores/score";
import type { ScoreDefinition, ScoreResult } from "../../../src/clinical/scores/types";
import { type Parsed, SCALE_DEFINITION } from "./forms";
import { inForce } from "./series";

export const DISCHARGE_SCALES = ["aldrete", "padss"] as const satisfies readonly ChartScoreScale[];
export type DischargeScale = (typeof DISCHARGE_SCALES)[number];

const isDischargeScale = (scale: ChartScoreScale): scale is DischargeScale =>
  (DISCHARGE_SCALES as readonly string[]).includes(scale);

/** What was picked for each item, by item id ("" while not picked). */
export type ItemDraft = Readonly<Record<string, string>>;

export const emptyItems = (scale: DischargeScale): ItemDraft =>
  Object.fromEntries(SCALE_DEFINITION[scale].items.map((i) => [i.id, ""]));

/** Each item's choices, lowest first, with the instrument's meaning of each score when it has one. */
export function itemChoices(def: ScoreDefinition) {
  return def.items.map((item) => ({
    id: item.id,
    label: item.label,
    choices: Array.from({ length: item.max - item.min + 1 }, (_, k) => ({
      value: item.min + k,
      meaning: item.anchors?.[k] ?? "",
    })),
  }));
}

/**
 * The picked items scored by the core. Until every item is picked, the problems name the items left;
 * then the result carries the total, band and pass (or not) under the instrument's pass rule.
 */
export function scoreItems(scale: DischargeScale, draft: ItemDraft): Parsed<ScoreResult> {
  const def = SCALE_DEFINITION[scale];
  const errors: Record<string, string> = {};
  const items: Record<string, number> = {};
  for (const item of def.items) {
    const text = draft[item.id] ?? "";
    if (text === "") errors[item.id] = `Choose a score for ${item.label.toLowerCase()}.`;
    else items[item.id] = Number(text);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const outcome = score(def, items);
  if (!outcome.ok)
    return { ok: false, errors: Object.fromEntries(outcome.problems.map((p) => [p.item, p.message])) };
  return { ok: true, value: outcome.result };
}

/** The entry body for a scored set of items: the total with the items, so the item pass marks can be checked. */
export function dischargeScoreEntry(scale: DischargeScale, result: ScoreResult): EntryBody {
  return { kind: "score", scale, value: result.total, items: { ...result.items } };
}

/** Pass or not in words, with the pass rule when it is not met. */
export function passText(def: ScoreDefinition, result: ScoreResult): string {
  if (result.passed === undefined) return result.band.label;
  return result.passed ? `Passes (${result.band.label})` : `Does not pass: ${def.pass?.text ?? ""}`;
}

/**
 * The latest discharge score in force and how the core judges it. A score charted as a total alone passes
 * only when the item pass marks must hold whatever the items were (the core's rule).
 */
export function latestDischargeScore(
  history: readonly HistoryEntry[],
): { scale: DischargeScale; at: number; itemised: boolean; result: ScoreResult } | null {
  let latest: { scale: DischargeScale; at: number; body: Extract<EntryBody, { kind: "score" }> } | null =
    null;
  for (const h of inForce(history)) {
    const body = h.current;
    if (body.kind !== "score" || !isDischargeScale(body.scale)) continue;
    if (latest === null || h.entry.at >= latest.at) latest = { scale: body.scale, at: h.entry.at, body };
  }
  if (latest === null) return null;
  const { scale, at, body } = latest;
  return {
    scale,
    at,
    itemised: body.items !== undefined,
    result: dischargeScoreResult(SCALE_DEFINITION[scale], body.value, body.items),
  };
}
