import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { boosterBody, limitProblem, mergeLimitRows, missingReasons } from "./boosterLimits";

const booking = {
  patternId: "fu.booster.doubling",
  count: 3,
  firstAt: "2030-01-07T09:00:00.000Z",
  chairId: "3f0c1f4e-6a55-4d7b-9b5e-2f1a8c9d0e11",
};

const refusal = (code: string, errors: { path: string; message: string }[]) =>
  new ApiError({ title: "Refused", status: 422, code, errors });

describe("limits a booster booking breaks", () => {
  it("turns a soft-limit answer into one row per limit, named by its id", () => {
    const error = refusal("plan.soft_limit_reason_required", [
      { path: "/plan/overrideReasons/limit.course-per-kg.soft", message: "Course total 12 mg/kg is above…" },
      { path: "/plan/overrideReasons/limit.course.soft", message: "Course total 900 mg is above…" },
    ]);
    expect(limitProblem(error)).toEqual({
      kind: "soft",
      rows: [
        { limitId: "limit.course-per-kg.soft", message: "Course total 12 mg/kg is above…" },
        { limitId: "limit.course.soft", message: "Course total 900 mg is above…" },
      ],
    });
  });

  it("turns a hard-limit answer into rows that cannot take a reason", () => {
    const error = refusal("plan.hard_limit", [
      { path: "/plan/limits/limit.lifetime.hard", message: "Lifetime total is above the hard limit." },
    ]);
    expect(limitProblem(error)).toEqual({
      kind: "hard",
      rows: [{ limitId: "limit.lifetime.hard", message: "Lifetime total is above the hard limit." }],
    });
  });

  it("is not a limit problem when the booking failed for another reason", () => {
    const clash = new ApiError({ title: "Conflict", status: 409, code: "conflict" });
    const field = refusal("validation.failed", [{ path: "/firstAt", message: "must be in the future" }]);
    expect(limitProblem(clash)).toBeNull();
    expect(limitProblem(field)).toBeNull();
    expect(limitProblem(new Error("offline"))).toBeNull();
  });

  it("keeps limits already answered when the server names further ones, with the newer wording", () => {
    const asked = [
      { limitId: "a", message: "A by 1 mg" },
      { limitId: "b", message: "B by 2 mg" },
    ];
    expect(
      mergeLimitRows(asked, [
        { limitId: "b", message: "B by 3 mg" },
        { limitId: "c", message: "C" },
      ]),
    ).toEqual([
      { limitId: "a", message: "A by 1 mg" },
      { limitId: "b", message: "B by 3 mg" },
      { limitId: "c", message: "C" },
    ]);
  });

  it("counts a blank reason as missing", () => {
    const asked = [
      { limitId: "a", message: "A" },
      { limitId: "b", message: "B" },
      { limitId: "c", message: "C" },
    ];
    expect(missingReasons(asked, { a: "Agreed with the patient", b: "   " })).toEqual(["b", "c"]);
  });
});

describe("the booster request body", () => {
  it("sends no reasons before the server has asked for any", () => {
    expect(boosterBody(booking, [], { "limit.course.soft": "left over from before" })).toEqual(booking);
  });

  it("sends a trimmed reason for each limit asked about, and only those", () => {
    const asked = [
      { limitId: "limit.course-per-kg.soft", message: "…" },
      { limitId: "limit.course.soft", message: "…" },
    ];
    const reasons = {
      "limit.course-per-kg.soft": "  Responded well; boosters agreed  ",
      "limit.course.soft": "",
      "limit.session.soft": "typed for another count",
    };
    expect(boosterBody(booking, asked, reasons)).toEqual({
      ...booking,
      overrideReasons: { "limit.course-per-kg.soft": "Responded well; boosters agreed" },
    });
  });
});
