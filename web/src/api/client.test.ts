import { describe, expect, it } from "vitest";
import { ApiError, errorsByPath, isNotFound, problemFromResponse, queryString } from "./client";

describe("problemFromResponse", () => {
  it("keeps the server's problem detail and field errors", () => {
    const error = problemFromResponse(400, {
      title: "Invalid input",
      status: 400,
      code: "validation.failed",
      detail: "Some fields need attention.",
      requestId: "req-1",
      errors: [{ path: "/weight/kg", message: "must be above 0" }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe("validation.failed");
    expect(error.requestId).toBe("req-1");
    expect(error.fieldErrors).toHaveLength(1);
  });

  it("explains a response without a problem body by its status", () => {
    const error = problemFromResponse(502, undefined);
    expect(error.code).toBe("internal");
    expect(error.detail).toContain("502");
  });
});

describe("errorsByPath", () => {
  const error = new ApiError({
    title: "Invalid input",
    status: 400,
    code: "validation.failed",
    errors: [
      { path: "/changes/weight/kg", message: "must be above 0" },
      { path: "/reason", message: "a correction needs a reason" },
      { path: "", message: "change at least one field" },
    ],
  });

  it("strips the body prefix so form fields find their messages", () => {
    expect(errorsByPath(error, "/changes")).toEqual({
      "/weight/kg": "must be above 0",
      "/reason": "a correction needs a reason",
      "/": "change at least one field",
    });
  });

  it("gives nothing for errors that are not API problems", () => {
    expect(errorsByPath(new Error("boom"))).toEqual({});
  });
});

describe("queryString", () => {
  it("leaves out empty values and encodes the rest", () => {
    expect(queryString({ q: "o'neil & co", page: 2, outcome: "", actorId: undefined })).toBe(
      "?q=o%27neil+%26+co&page=2",
    );
    expect(queryString({ q: "" })).toBe("");
  });
});

describe("isNotFound", () => {
  it("treats 404 and a malformed id as nothing to show, but not other failures", () => {
    const problem = (status: number, code: string) => new ApiError({ title: "x", status, code });
    expect(isNotFound(problem(404, "not_found"))).toBe(true);
    expect(isNotFound(problem(400, "validation.failed"))).toBe(true);
    expect(isNotFound(problem(403, "auth.forbidden"))).toBe(false);
    expect(isNotFound(problem(500, "internal"))).toBe(false);
  });
});
