import type { InteractionClassId } from "./classes";
import { COMBINATIONS, INGREDIENTS } from "./dictionary";
import { compactKey, normaliseMedicationName, withoutBareNumbers } from "./normalise";

/**
 * How the name was recognised: as written (after normalisation), after dropping a bare number, word by word
 * (a combination written as its generic names, e.g. "oxycodone/acetaminophen"), or as a one-letter spelling slip
 * of a known name — the last should be confirmed with the patient.
 */
export type MatchKind = "exact" | "without-number" | "by-word" | "spelling";

export interface MedicationMatch {
  readonly kind: "matched";
  readonly input: string;
  /** The dictionary name the input was recognised as, in its usual spelling. */
  readonly matchedName: string;
  readonly ingredients: readonly string[];
  readonly classes: readonly InteractionClassId[];
  readonly how: MatchKind;
}

/** Free text the dictionary does not know: it cannot be checked for interactions. */
export interface MedicationUnmatched {
  readonly kind: "unmatched";
  readonly input: string;
}

export type MedicationLookup = MedicationMatch | MedicationUnmatched;

interface Known {
  readonly name: string;
  readonly ingredients: readonly string[];
}

const classesByIngredient = new Map(INGREDIENTS.map((e) => [e.ingredient, e.classes]));

/** The interaction classes of one dictionary ingredient (empty for an unknown ingredient). */
export function classesOfIngredient(ingredient: string): readonly InteractionClassId[] {
  return classesByIngredient.get(ingredient) ?? [];
}

function buildIndex(): Map<string, Known> {
  const index = new Map<string, Known>();
  const add = (name: string, ingredients: readonly string[]) => {
    const key = normaliseMedicationName(name);
    // First writer wins: generic names come first, so a brand can never shadow an ingredient.
    for (const k of [key, compactKey(key)]) if (!index.has(k)) index.set(k, { name, ingredients });
  };
  for (const e of INGREDIENTS) add(e.ingredient, [e.ingredient]);
  for (const e of INGREDIENTS) for (const n of e.otherNames) add(n, [e.ingredient]);
  for (const c of COMBINATIONS) add(c.name, c.ingredients);
  return index;
}

const INDEX = buildIndex();
const COMPACT_KEYS = [...INDEX.keys()].filter((k) => !k.includes(" "));

/** Spelling slips are only corrected for names this long; shorter names are too close to each other. */
const MIN_LENGTH_FOR_SPELLING = 6;

/** Edit distance with adjacent transpositions, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The one known product within one edit of `key`, or undefined when none or several differ in content. */
function spellingMatch(key: string): Known | undefined {
  if (key.length < MIN_LENGTH_FOR_SPELLING) return undefined;
  const hits = COMPACT_KEYS.filter(
    (k) => k.length >= MIN_LENGTH_FOR_SPELLING && editDistance(key, k, 1) <= 1,
  );
  const distinct = new Set(hits.map((k) => INDEX.get(k)!.ingredients.join("+")));
  return distinct.size === 1 ? INDEX.get(hits[0]!) : undefined;
}

/** Words that join the parts of a combination written out in full. */
const CONNECTORS = new Set(["and", "with", "plus"]);

/** A combination written as two or more known names, every word of which is known; otherwise undefined. */
function wordByWordMatch(key: string): Known | undefined {
  const words = key.split(" ").filter((w) => !CONNECTORS.has(w));
  if (words.length < 2) return undefined;
  const parts = words.map((w) => INDEX.get(w));
  if (parts.some((p) => p === undefined)) return undefined;
  const known = parts as Known[];
  return {
    name: known.map((k) => k.name).join(" + "),
    ingredients: [...new Set(known.flatMap((k) => k.ingredients))],
  };
}

function find(name: string): { known: Known; how: MatchKind } | undefined {
  const key = normaliseMedicationName(name);
  if (key === "") return undefined;
  const exact = INDEX.get(key) ?? INDEX.get(compactKey(key));
  if (exact) return { known: exact, how: "exact" };
  const bare = withoutBareNumbers(key);
  const numberless = bare === "" ? undefined : (INDEX.get(bare) ?? INDEX.get(compactKey(bare)));
  if (numberless) return { known: numberless, how: "without-number" };
  const byWord = wordByWordMatch(bare);
  if (byWord) return { known: byWord, how: "by-word" };
  const spelled = spellingMatch(compactKey(bare === "" ? key : bare));
  return spelled ? { known: spelled, how: "spelling" } : undefined;
}

/**
 * Resolves a free-text medication name to its ingredients and interaction classes.
 *
 * @example lookupMedication("Wellbutrin XL 300mg") // { kind: "matched", matchedName: "Wellbutrin", ingredients: ["bupropion"], classes: ["seizure-threshold"], … }
 * @example lookupMedication("herbal tea") // { kind: "unmatched", input: "herbal tea" }
 */
export function lookupMedication(name: string): MedicationLookup {
  const found = find(name);
  if (!found) return { kind: "unmatched", input: name };
  const classes = new Set<InteractionClassId>();
  for (const i of found.known.ingredients) for (const c of classesOfIngredient(i)) classes.add(c);
  return {
    kind: "matched",
    input: name,
    matchedName: found.known.name,
    ingredients: found.known.ingredients,
    classes: [...classes],
    how: found.how,
  };
}
