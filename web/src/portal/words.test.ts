import { describe, expect, it } from "vitest";
import { painResponse } from "../../../src/clinical/outcomes/response";
import { responseInWords } from "./words";

describe("responseInWords", () => {
  it("names the scores and the class in plain words", () => {
    expect(responseInWords(painResponse(8, 4))).toBe(
      "Your pain score was 8 out of 10 before treatment and 4 out of 10 most recently: your pain has fallen by half or more. That is a big improvement.",
    );
    expect(responseInWords(painResponse(5, 7))).toMatch(/: your pain is higher than before\.$/);
    expect(responseInWords(painResponse(8, 7))).toMatch(/: your pain has fallen a little\.$/);
  });

  it("says when there was nothing to compare with", () => {
    expect(responseInWords(painResponse(0, 3))).toMatch(
      /You had no pain to compare with before treatment\.$/,
    );
  });
});
