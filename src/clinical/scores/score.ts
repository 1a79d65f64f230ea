import { producedBy } from "../provenance";
import type { ScoreBand, ScoreDefinition, ScoreOutcome, ScoreProblem } from "./types";

/** Problems with one set of item scores; empty when every item is present, whole and in range. */
export function itemProblems(def: ScoreDefinition, items: Readonly<Record<string, unknown>>): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  for (const item of def.items) {
    const value = items[item.id];
    const name = `${def.name}, "${item.label}" (${item.id})`;
    if (value === undefined || value === null) {
      problems.push({ item: item.id, message: `${name} is missing.` });
    } else if (typeof value !== "number" || !Number.isInteger(value)) {
      problems.push({ item: item.id, message: `${name} must be a whole number (got ${String(value)}).` });
    } else if (value < item.min || value > item.max) {
      problems.push({
        item: item.id,
        message: `${name} must be from ${item.min} to ${item.max} (got ${value}).`,
      });
    }
  }
  const known = new Set(def.items.map((i) => i.id));
  for (const key of Object.keys(items)) {
    if (!known.has(key)) problems.push({ item: key, message: `"${key}" is not an item of ${def.name}.` });
  }
  return problems;
}

/** The interpretation band a total falls in. Bands cover every possible total, so one always matches. */
export function bandFor(def: ScoreDefinition, total: number): ScoreBand {
  const band = def.bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`${def.name}: no band covers a total of ${total}`);
  return band;
}

/**
 * Validate item scores and compute the total, band and (for discharge scores) pass result.
 * Never throws on bad input: out-of-range, missing or unknown items come back as problems naming the item.
 * @example score(MOAAS, { responsiveness: 3 }) // { ok: true, result: { total: 3, band: { label: "Moderate sedation" … } } }
 */
export function score(def: ScoreDefinition, items: Readonly<Record<string, unknown>>): ScoreOutcome {
  const problems = itemProblems(def, items);
  if (problems.length > 0) return { ok: false, problems };
  const values: Record<string, number> = {};
  let total = 0;
  for (const item of def.items) {
    const v = items[item.id] as number;
    values[item.id] = v;
    total += v;
  }
  const pass = def.pass;
  const passed =
    pass !== undefined &&
    total >= pass.minTotal &&
    Object.entries(pass.minItems ?? {}).every(([id, min]) => (values[id] ?? 0) >= min);
  return {
    ok: true,
    result: {
      ...producedBy(def),
      scoreId: def.id,
      items: values,
      total,
      band: bandFor(def, total),
      ...(pass ? { passed, passRuleId: pass.id } : {}),
    },
  };
}

/** The lowest and highest totals an instrument can give. */
export function totalRange(def: ScoreDefinition): { min: number; max: number } {
  return {
    min: def.items.reduce((s, i) => s + i.min, 0),
    max: def.items.reduce((s, i) => s + i.max, 0),
  };
}
