/** Names the medication field offers while typing: every ingredient, brand and combination the dictionary knows. */
import { COMBINATIONS, INGREDIENTS } from "../../../src/clinical/medications/dictionary";
import { lookupMedication } from "../../../src/clinical/medications/lookup";

export interface MedicationOption {
  /** What goes into the field. */
  name: string;
  /** The active ingredient(s), shown beside a brand name. */
  ingredients: string;
}

/** One option per known name, brand names labelled with their ingredient. */
export const MEDICATION_OPTIONS: readonly MedicationOption[] = [
  ...INGREDIENTS.flatMap((e) => [
    { name: e.ingredient, ingredients: e.ingredient },
    ...e.otherNames.map((name) => ({ name, ingredients: e.ingredient })),
  ]),
  ...COMBINATIONS.map((c) => ({ name: c.name, ingredients: c.ingredients.join(" + ") })),
];

/**
 * Whether a typed name is checked for interactions, in words for the row: the ingredients it was
 * recognised as, or a plain statement that free text is not checked.
 *
 * @example medicationStatus("Wellbutrin XL") // { checked: true, text: "Checked as bupropion" }
 */
export function medicationStatus(name: string): { checked: boolean; text: string } | null {
  if (!name.trim()) return null;
  const match = lookupMedication(name);
  if (match.kind === "unmatched")
    return { checked: false, text: "Not in the dictionary: not checked for interactions" };
  const spelling = match.how === "spelling" ? ` (read as ${match.matchedName}: confirm the spelling)` : "";
  return { checked: true, text: `Checked as ${match.ingredients.join(" + ")}${spelling}` };
}
