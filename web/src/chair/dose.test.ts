import { describe, expect, it } from "vitest";
import { drugDraft } from "./dose";

describe("drugDraft", () => {
  it("fills a fixed dose and its unit", () => {
    expect(drugDraft({ drug: "ondansetron", dose: "4 mg", route: "IV" })).toEqual({
      drug: "ondansetron",
      dose: "4",
      doseUnit: "mg",
      route: "IV",
    });
    expect(drugDraft({ drug: "x", dose: "100 mcg", route: "IN" })).toMatchObject({
      dose: "100",
      doseUnit: "µg",
      route: "nasal",
    });
  });

  it("leaves weight-based and ranged doses for the clinician", () => {
    expect(drugDraft({ drug: "midazolam", dose: "0.03 mg/kg", route: "IV" })).toMatchObject({
      dose: "",
      doseUnit: "mg",
    });
    expect(drugDraft({ drug: "lorazepam", dose: "1–2 mg", route: "PO" })).toMatchObject({
      dose: "",
      doseUnit: "mg",
    });
  });
});
