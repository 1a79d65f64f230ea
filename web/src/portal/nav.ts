import type { NavItem } from "../auth/roles";

/** The patient's own places, before their record. */
export const PORTAL_NAV: readonly NavItem[] = [
  { to: "/portal", label: "Home" },
  { to: "/portal/education", label: "What to expect" },
  { to: "/portal/report", label: "Report a symptom" },
];
