import { describe, expect, it } from "vitest";
import { countSyllables, fleschKincaidGrade, textCounts } from "./readability";

describe("countSyllables", () => {
  it.each([
    ["cat", 1],
    ["the", 1],
    ["time", 1],
    ["helped", 1],
    ["table", 2],
    ["people", 2],
    ["wanted", 2],
    ["boxes", 2],
    ["medicine", 3],
    ["ketamine", 3],
    ["infusion", 3],
    ["anaphylaxis", 5],
    ["Dizziness,", 3],
  ])("%s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it("never returns less than one", () => {
    expect(countSyllables("rhythm")).toBeGreaterThanOrEqual(1);
    expect(countSyllables("24")).toBe(1);
  });
});

describe("textCounts", () => {
  it("counts words, sentences and syllables", () => {
    expect(textCounts("We slow the drip. You rest!")).toEqual({ words: 6, sentences: 2, syllables: 6 });
  });

  it("counts a final fragment without a full stop as a sentence", () => {
    expect(textCounts("We slow the drip. You rest").sentences).toBe(2);
  });

  it("does not split on decimal points or abbreviations inside a number", () => {
    expect(textCounts("Take 0.5 mg now.").sentences).toBe(1);
  });

  it("keeps contractions as one word", () => {
    expect(textCounts("Don't drive.").words).toBe(2);
  });
});

describe("fleschKincaidGrade", () => {
  it("matches the formula on a worked example", () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59.
    expect(fleschKincaidGrade("The cat sat on the mat.")).toBeCloseTo(-1.45, 2);
  });

  it("scores clinical prose far above plain patient text", () => {
    const clinical =
      "NMDA-receptor antagonism functionally separates thalamo-neocortical and limbic systems, producing dissociative phenomenology proportional to plasma concentration.";
    const plain = "The medicine blocks a signal in your brain. It can make you feel far away. It passes.";
    expect(fleschKincaidGrade(clinical)).toBeGreaterThan(15);
    expect(fleschKincaidGrade(plain)).toBeLessThan(6);
  });

  it("rises with longer sentences", () => {
    const short = "You may feel sick. We can help. Tell us.";
    const long = "You may feel sick and we can help you with that if you tell us about it when it starts.";
    expect(fleschKincaidGrade(long)).toBeGreaterThan(fleschKincaidGrade(short));
  });

  it("is zero for text with no words", () => {
    expect(fleschKincaidGrade("")).toBe(0);
    expect(fleschKincaidGrade(" ... ")).toBe(0);
  });
});
