/** What each role may see in the navigation and open as a page. */
import type { Role } from "../api/types";

export interface NavItem {
  to: string;
  label: string;
}

export const STAFF: readonly Role[] = ["admin", "physician", "nurse"];
export const CLINICIANS: readonly Role[] = ["physician", "nurse"];

/** The navigation a role sees; a patient sees only their own record. */
export function navFor(role: Role, patientId: string | null): NavItem[] {
  switch (role) {
    case "admin":
      return [
        { to: "/patients", label: "Patients" },
        { to: "/schedule", label: "Schedule" },
        { to: "/admin/users", label: "Users" },
        { to: "/admin/audit", label: "Audit log" },
      ];
    case "physician":
    case "nurse":
      return [
        { to: "/patients", label: "Patients" },
        { to: "/schedule", label: "Schedule" },
      ];
    case "patient":
      return patientId ? [{ to: `/patients/${patientId}`, label: "My record" }] : [];
  }
}

/** Where a role lands after signing in. */
export function homeFor(role: Role, patientId: string | null): string {
  return navFor(role, patientId)[0]?.to ?? "/no-record";
}
