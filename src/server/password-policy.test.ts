import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  const email = "jordan.lee@clinic.test";

  it("accepts a long password unrelated to the account", () => {
    expect(passwordProblem("amber-falcon-river-7", email)).toBeNull();
  });

  it("counts characters, not bytes", () => {
    expect(passwordProblem("ééééééééééé", email)).toMatch(/at least 12/);
    expect(passwordProblem("éééééééééééé", email)).toBeNull();
  });

  it("rejects the email's name part in any case", () => {
    expect(passwordProblem("My-JORDAN.LEE-password", email)).toMatch(/email's name part/);
  });

  it("ignores a very short name part, which would forbid too much", () => {
    expect(passwordProblem("all-about-the-jo-2026", "jo@clinic.test")).toBeNull();
  });

  it("rejects common passwords whatever their case", () => {
    expect(passwordProblem("PasswordPassword", email)).toMatch(/too common/);
  });
});
