import type { Person } from "../api/types";

/** A person as the API names them: a `{ id, name }` pair, or just a name in list rows. */
export function personName(person: Person | string | null | undefined): string {
  if (!person) return "";
  return typeof person === "string" ? person : person.name;
}
