import { Type } from "typebox";
import { Compile } from "typebox/compile";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "./validation";

const Schema = Type.Object(
  {
    name: Type.String({ maxLength: 5 }),
    sex: Type.Enum(["female", "male"]),
    weight: Type.Optional(
      Type.Union([Type.Object({ kg: Type.Number() }, { additionalProperties: false }), Type.Null()]),
    ),
    born: Type.String({ format: "date" }),
  },
  { additionalProperties: false },
);
const errorsFor = (value: unknown) => fieldErrors(Compile(Schema).Errors(value));

describe("fieldErrors", () => {
  it("gives one error per bad field, with its JSON pointer and a plain message", () => {
    expect(
      errorsFor({ name: "toolong", sex: "x", weight: { kg: "9" }, born: "1990-02-31", extra: 1 }),
    ).toEqual([
      { path: "/extra", message: "is not an allowed field" },
      { path: "/name", message: "must not have more than 5 characters" },
      { path: "/sex", message: "must be one of: female, male" },
      { path: "/weight/kg", message: "must be number" },
      { path: "/born", message: "must be a date written YYYY-MM-DD" },
    ]);
  });

  it("names each missing field", () => {
    expect(errorsFor({ name: "ok", sex: "male" })).toEqual([{ path: "/born", message: "is required" }]);
  });

  it("explains a nullable field of the wrong type once, not once per branch", () => {
    expect(errorsFor({ name: "ok", sex: "male", born: "1990-01-01", weight: 70 })).toEqual([
      { path: "/weight", message: "must be object" },
    ]);
  });
});
