import { describe, expect, it } from "vitest";
import { parseSetting, settingKind, settingText, settingWords } from "./settingValue";

describe("setting values in a form", () => {
  it("takes the kind from the default", () => {
    expect(settingKind([24, 72, 168])).toBe("number-list");
    expect(settingKind(null)).toBe("text");
  });

  it("shows lists comma-separated and a null as empty", () => {
    expect(settingText([24, 72, 168])).toBe("24, 72, 168");
    expect(settingText(null)).toBe("");
    expect(settingWords(null)).toBe("(the built-in default)");
  });

  it("reads hours separated by commas or spaces, and refuses fractions, zero and words", () => {
    expect(parseSetting("24, 72 168", "number-list")).toEqual({ value: [24, 72, 168] });
    expect(parseSetting("24, 1.5", "number-list")).toEqual({ problem: "Use whole numbers of 1 or more." });
    expect(parseSetting("0", "number-list")).toEqual({ problem: "Use whole numbers of 1 or more." });
    expect(parseSetting("soon", "number-list")).toEqual({ problem: "Use whole numbers of 1 or more." });
    expect(parseSetting(" ", "number-list")).toEqual({ problem: "Give at least one number." });
  });

  it("treats empty text as the built-in default", () => {
    expect(parseSetting("  ", "text")).toEqual({ value: null });
    expect(parseSetting(" Read next working day. ", "text")).toEqual({ value: "Read next working day." });
  });
});
