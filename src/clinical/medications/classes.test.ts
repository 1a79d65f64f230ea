import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { INTERACTION_CLASS_IDS, INTERACTION_CLASSES, interactionClass } from "./classes";
import { INGREDIENTS } from "./dictionary";

describe("interaction class table", () => {
  it("cites only registered sources, and every class cites at least one", () => {
    expect(citationProblems(INTERACTION_CLASSES)).toEqual([]);
  });

  it("has exactly one row per class id", () => {
    expect(INTERACTION_CLASSES.map((c) => c.id).sort()).toEqual([...INTERACTION_CLASS_IDS].sort());
    for (const id of INTERACTION_CLASS_IDS) expect(interactionClass(id).id).toBe(id);
  });

  it("has at least one dictionary ingredient in every class", () => {
    const used = new Set(INGREDIENTS.flatMap((e) => e.classes));
    expect(INTERACTION_CLASS_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  it("marks the classes the fact sheet leaves unconfirmed as practice defaults", () => {
    expect(interactionClass("memantine").evidence).toBe("practice-default");
    expect(interactionClass("seizure-threshold").evidence).toBe("practice-default");
    expect(interactionClass("opioid").evidence).toBe("sourced");
  });
});
