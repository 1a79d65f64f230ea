/** True when a database error is a unique-constraint violation (SQLSTATE 23505), e.g. a duplicate MRN or email. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "23505";
}
