import type { ReactNode } from "react";
import type { Role } from "../api/types";
import { useMe } from "../auth/session";
import { NotFoundPage } from "./NotFoundPage";

/** Renders its page only for the given roles; others see not-found, as the API would answer. */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  return roles.includes(me.role) ? children : <NotFoundPage />;
}
