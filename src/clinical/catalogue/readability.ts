/**
 * Flesch–Kincaid grade level, for checking that patient-facing text stays near a 12-year-old's reading age
 * (US grade 6–7). Syllables are counted with a heuristic, so scores are estimates good to about a grade.
 */

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;
const SENTENCE_END = /[.!?]+(?=\s|$)/g;

/**
 * Estimated syllables in one word: vowel groups, less a silent final "e", at least one.
 * Digits count as one syllable per token, which is close enough for the short numbers in patient text.
 * @example countSyllables("medicine") // 3
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  // A final "e" is usually silent ("time", "drive"), except in "-le" after a consonant ("table").
  const silentE = /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w) ? 1 : 0;
  // "-es" and "-ed" add no syllable unless after a sibilant or t/d ("boxes", "wanted").
  const silentSuffix = /[^aeiouy](?<![sxzcgtd]|ch|sh)e[sd]$/.test(w) ? 1 : 0;
  return Math.max(1, groups - silentE - silentSuffix);
}

/** Words, sentences and syllables of a text, as the Flesch–Kincaid formula uses them. */
export function textCounts(text: string): { words: number; sentences: number; syllables: number } {
  const words = text.match(WORD) ?? [];
  const sentenceEnds = text.trim().match(SENTENCE_END)?.length ?? 0;
  // A trailing fragment without a full stop still counts as a sentence.
  const endsOpen = !/[.!?]\s*$/.test(text.trim());
  const sentences = words.length === 0 ? 0 : sentenceEnds + (endsOpen ? 1 : 0);
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  return { words: words.length, sentences, syllables };
}

/**
 * Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Returns 0 for text with no words.
 * @example fleschKincaidGrade("The cat sat on the mat.") // ≈ −1.45
 */
export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = textCounts(text);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
