import { describe, expect, it } from "vitest";
import { homeFor, navFor } from "./roles";

describe("navigation by role", () => {
  it("starts a patient on their portal and ends with their own record", () => {
    expect(homeFor("patient", "p-1")).toBe("/portal");
    expect(navFor("patient", "p-1").map((n) => n.label)).toEqual([
      "Home",
      "What to expect",
      "Report a symptom",
      "My record",
    ]);
    expect(navFor("patient", "p-1").at(-1)!.to).toBe("/patients/p-1");
  });

  it("gives a patient account without a record nowhere to go but the explanation", () => {
    expect(navFor("patient", null)).toEqual([]);
    expect(homeFor("patient", null)).toBe("/no-record");
  });

  it("shows the floor board and worklist to clinicians, analytics to physicians and admins, settings to admins", () => {
    const labels = (role: "admin" | "physician" | "nurse") => navFor(role, null).map((n) => n.label);
    expect(labels("nurse")).toEqual(["Patients", "Schedule", "Floor board", "Worklist"]);
    expect(labels("physician")).toEqual(["Patients", "Schedule", "Floor board", "Worklist", "Analytics"]);
    expect(labels("admin")).toEqual(["Patients", "Schedule", "Users", "Audit log", "Analytics", "Settings"]);
  });
});
