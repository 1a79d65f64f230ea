import { Navigate } from "react-router";
import { homeFor } from "../auth/roles";
import { useMe } from "../auth/session";

/** Sends each role to its own start page. */
export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={homeFor(me.role, me.patientId)} replace />;
}
