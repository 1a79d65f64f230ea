import { describe, expect, it } from "vitest";
import { isWeightStale } from "./weight";

describe("weight age", () => {
  it("is current up to 30 days after it was measured", () => {
    expect(isWeightStale("2026-11-01", "2026-12-01")).toBe(false);
  });

  it("must be re-confirmed from the 31st day", () => {
    expect(isWeightStale("2026-11-01", "2026-12-02")).toBe(true);
    expect(isWeightStale("2026-01-12", "2026-11-25")).toBe(true);
  });
});
