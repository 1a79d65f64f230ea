import type { FastifySchemaValidationError } from "fastify";
import type { FieldError } from "./errors";

function messageFor(e: FastifySchemaValidationError): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "enum":
      return `must be one of: ${(params.allowedValues as unknown[]).join(", ")}`;
    case "format":
      return (
        {
          date: "must be a date written YYYY-MM-DD",
          "date-time": "must be a date and time (ISO 8601)",
          uuid: "must be a UUID",
          email: "must be an email address",
        }[String(params.format)] ?? `must be in ${String(params.format)} format`
      );
    default:
      return e.message ?? "is not valid";
  }
}

/**
 * Turns schema-validation errors into one error per bad field, each with a JSON pointer to it. Unknown fields
 * and missing fields are named individually; where a union (e.g. "object or null") fails, the most specific
 * message is kept and the union's own summary dropped.
 */
export function fieldErrors(errors: readonly FastifySchemaValidationError[]): FieldError[] {
  const byPath = new Map<string, { message: string; weak: boolean }>();
  const add = (path: string, message: string, weak = false) => {
    const existing = byPath.get(path);
    if (!existing || (existing.weak && !weak)) byPath.set(path, { message, weak });
  };
  for (const e of errors) {
    const params = (e.params ?? {}) as Record<string, unknown>;
    if (e.keyword === "required") {
      for (const p of params.requiredProperties as string[]) add(`${e.instancePath}/${p}`, "is required");
    } else if (e.keyword === "additionalProperties") {
      for (const p of params.additionalProperties as string[])
        add(`${e.instancePath}/${p}`, "is not an allowed field");
    } else if (e.keyword === "boolean") {
      add(e.instancePath, "is not an allowed field");
    } else {
      // "must match a schema in anyOf" and the null branch of a nullable field say less than their siblings.
      add(e.instancePath, messageFor(e), e.keyword === "anyOf" || params.type === "null");
    }
  }
  const paths = [...byPath.keys()];
  // A parent whose children have errors adds nothing (it failed because of them).
  return paths
    .filter((p) => !paths.some((other) => other !== p && other.startsWith(p === "" ? "/" : `${p}/`)))
    .map((path) => ({ path, message: byPath.get(path)!.message }));
}
