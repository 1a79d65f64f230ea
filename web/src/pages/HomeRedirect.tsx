import { Navigate } from "react-router";
import { homeFor } from "../auth/roles";
import { useMe } from "../auth/session";

/** Sends each role to its own start page; a patient's is the portal. */
export function HomeRedirect() {
  const me = useMe();
  const home = me.role === "patient" && me.patientId ? "/portal" : homeFor(me.role, me.patientId);
  return <Navigate to={home} replace />;
}
