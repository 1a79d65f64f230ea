import { describe, expect, it } from "vitest";
import { DEFAULT_CHECKIN_CONFIG } from "../../clinical/followup/checkins";
import { checkinConfigFor, settingDefinition } from "./settings";

describe("check-in times as a clinic setting", () => {
  it("keeps the knowledge base's check-ins for the default hours", () => {
    expect(checkinConfigFor([24, 72, 168])).toEqual(DEFAULT_CHECKIN_CONFIG);
  });

  it("names other times in plain words and marks them as the clinic's own", () => {
    const slots = checkinConfigFor([1, 48, 336]).slots;
    expect(slots.map((s) => s.label)).toEqual(["1 hour after", "2 days after", "14 days after"]);
    expect(slots.every((s) => s.evidence === "practice-default")).toBe(true);
    expect(slots[0]!.version).toMatch(/\+clinic$/);
  });

  it("refuses times whose windows overlap or that are not whole hours", () => {
    const hours = settingDefinition("followup.checkin-hours")!;
    expect(hours.problem([24, 26])).toMatch(/overlap/);
    expect(hours.problem([1.5])).toMatch(/whole number/);
    expect(hours.problem([])).toMatch(/list/);
    expect(hours.problem([24, 72])).toBeNull();
  });
});
