/** A strength with its unit, e.g. "150 mg", "5/325mg", "25 mcg/h", "0.1%". */
const STRENGTH =
  /\d+(?:[.,]\d+)?(?:\s*\/\s*\d+(?:[.,]\d+)?)*\s*(?:mg|mcg|[µμ]g|ug|micrograms?|milligrams?|g|ml|iu|units?|mmol|%)(?:\s*\/\s*(?:ml|h|hr|hour|day|dose|actuation))?(?![a-z])/g;

/**
 * Words that describe the salt, form, release or schedule rather than the drug. Dropping them lets
 * "Bupropion Hydrochloride XL tablets" and "bupropion" meet at the same key.
 */
const NOISE_WORDS = new Set([
  // salts
  "hydrochloride",
  "hcl",
  "hydrobromide",
  "hbr",
  "sulfate",
  "sulphate",
  "tartrate",
  "bitartrate",
  "succinate",
  "maleate",
  "besylate",
  "besilate",
  "mesylate",
  "mesilate",
  "dimesylate",
  "citrate",
  "phosphate",
  "sodium",
  "potassium",
  "calcium",
  "acetate",
  "fumarate",
  "hyclate",
  // release and form
  "xl",
  "xr",
  "sr",
  "er",
  "cr",
  "la",
  "cd",
  "ir",
  "mr",
  "dr",
  "ec",
  "odt",
  "extended",
  "modified",
  "delayed",
  "sustained",
  "controlled",
  "immediate",
  "prolonged",
  "release",
  "retard",
  "tablet",
  "tablets",
  "tab",
  "tabs",
  "capsule",
  "capsules",
  "cap",
  "caps",
  "patch",
  "patches",
  "injection",
  "inj",
  "oral",
  "solution",
  "suspension",
  "syrup",
  "liquid",
  "elixir",
  "spray",
  "nasal",
  "transdermal",
  "sublingual",
  "film",
  "buccal",
  "lozenge",
  "drops",
  "suppository",
  "topical",
  "chewable",
  "dispersible",
  "effervescent",
  "orally",
  "disintegrating",
  "soluble",
  "ampoule",
  "vial",
  "im",
  "sc",
  "subcutaneous",
  "intravenous",
  "intramuscular",
  // route and schedule
  "iv",
  "po",
  "prn",
  "od",
  "bd",
  "bid",
  "tds",
  "tid",
  "qds",
  "qid",
  "qhs",
  "nocte",
  "mane",
  "daily",
  "once",
  "twice",
]);

/**
 * The comparison key for a medication name: lower case, accents and apostrophes dropped, strengths
 * with units removed, punctuation turned into spaces, and salt/form/schedule words removed.
 *
 * @example normaliseMedicationName("Bupropion HCl XL 150 mg") // "bupropion"
 * @example normaliseMedicationName("St. John’s Wort") // "st johns wort"
 */
export function normaliseMedicationName(text: string): string {
  const lowered = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "");
  return lowered
    .replace(STRENGTH, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w !== "" && !NOISE_WORDS.has(w))
    .join(" ");
}

/** The key without spaces, so "oxy contin" meets "OxyContin" and "theo 24" meets "Theo-24". */
export function compactKey(normalised: string): string {
  return normalised.replaceAll(" ", "");
}

/** The key without bare numbers left over from a strength written without its unit ("bupropion 150"). */
export function withoutBareNumbers(normalised: string): string {
  return normalised
    .split(" ")
    .filter((w) => !/^\d+$/.test(w))
    .join(" ");
}
