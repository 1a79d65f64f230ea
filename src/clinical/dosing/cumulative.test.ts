import { describe, expect, it } from "vitest";
import { mg } from "../units";
import { cumulativeDose } from "./cumulative";

describe("cumulativeDose", () => {
  const history = [
    { courseId: "a", delivered: mg(35) },
    { courseId: "a", delivered: mg(35) },
    { courseId: "b", delivered: mg(100) },
  ];

  it("separates this course from the lifetime total", () => {
    const c = cumulativeDose(history, "a", mg(35), 5);
    expect(c.course).toEqual({ past: 70, sessionsDone: 2, projected: 70 + 3 * 35 });
    expect(c.lifetime).toEqual({ past: 170, afterThisSession: 205 });
  });

  it("projects at least this session when the course has already run its planned sessions", () => {
    expect(cumulativeDose(history, "a", mg(35), 2).course.projected).toBe(105);
  });

  it("starts a new course from zero", () => {
    expect(cumulativeDose(history, "c", mg(80), 1).course).toEqual({
      past: 0,
      sessionsDone: 0,
      projected: 80,
    });
  });
});
