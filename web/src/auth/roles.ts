/** What each role may see in the navigation and open as a page. */
import type { Role } from "../api/types";

export interface NavItem {
  to: string;
  label: string;
}

export const STAFF: readonly Role[] = ["admin", "physician", "nurse"];
export const CLINICIANS: readonly Role[] = ["physician", "nurse"];

const PATIENTS = { to: "/patients", label: "Patients" };
const SCHEDULE = { to: "/schedule", label: "Schedule" };
const BOARD = { to: "/board", label: "Floor board" };
const WORKLIST = { to: "/worklist", label: "Worklist" };
const ANALYTICS = { to: "/analytics", label: "Analytics" };

/** The navigation a role sees, its start page first; a patient sees their portal and their own record. */
export function navFor(role: Role, patientId: string | null): NavItem[] {
  switch (role) {
    case "admin":
      return [
        PATIENTS,
        SCHEDULE,
        { to: "/admin/users", label: "Users" },
        { to: "/admin/audit", label: "Audit log" },
        ANALYTICS,
        { to: "/settings", label: "Settings" },
      ];
    case "physician":
      return [PATIENTS, SCHEDULE, BOARD, WORKLIST, ANALYTICS];
    case "nurse":
      return [PATIENTS, SCHEDULE, BOARD, WORKLIST];
    case "patient":
      return patientId
        ? [
            { to: "/portal", label: "Home" },
            { to: "/portal/education", label: "What to expect" },
            { to: "/portal/report", label: "Report a symptom" },
            { to: `/patients/${patientId}`, label: "My record" },
          ]
        : [];
  }
}

/** Where a role lands after signing in. */
export function homeFor(role: Role, patientId: string | null): string {
  return navFor(role, patientId)[0]?.to ?? "/no-record";
}
