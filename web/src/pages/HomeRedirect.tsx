import { Navigate } from "react-router";
import { homeFor } from "../auth/roles";
import { useMe } from "../auth/session";

/** Sends each role to its own start page; a patient's is the portal. */
export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={homeFor(me.role, me.patientId)} replace />;
}
