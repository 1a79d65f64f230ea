import { createBrowserRouter } from "react-router";
import { CLINICIANS, STAFF } from "./auth/roles";
import { DischargeSheetPage } from "./chair/DischargeSheetPage";
import { AnalyticsPage } from "./pages/AnalyticsPage";
import { AuditPage } from "./pages/AuditPage";
import { BoardPage } from "./pages/BoardPage";
import { ChairSessionPage } from "./pages/ChairSessionPage";
import { ErrorPage } from "./pages/ErrorPage";
import { EvaluationPage } from "./pages/EvaluationPage";
import { HomeRedirect } from "./pages/HomeRedirect";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { PatientPage } from "./pages/PatientPage";
import { PatientsPage } from "./pages/PatientsPage";
import { PlanPage } from "./pages/PlanPage";
import { PortalEducationPage } from "./pages/PortalEducationPage";
import { PortalHomePage } from "./pages/PortalHomePage";
import { PortalReportPage } from "./pages/PortalReportPage";
import { RoleGate } from "./pages/RoleGate";
import { SchedulePage } from "./pages/SchedulePage";
import { SettingsPage } from "./pages/SettingsPage";
import { SignedInLayout } from "./pages/SignedInLayout";
import { UsersPage } from "./pages/UsersPage";
import { WorklistPage } from "./pages/WorklistPage";

/** Client routes; the server falls back to index.html for all of them. */
export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage />, errorElement: <ErrorPage /> },
  {
    element: <SignedInLayout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: "patients",
        element: (
          <RoleGate roles={STAFF}>
            <PatientsPage />
          </RoleGate>
        ),
      },
      { path: "patients/:id", element: <PatientPage /> },
      {
        path: "patients/:id/evaluation",
        element: (
          <RoleGate roles={CLINICIANS}>
            <EvaluationPage />
          </RoleGate>
        ),
      },
      {
        path: "patients/:id/plan",
        element: (
          <RoleGate roles={CLINICIANS}>
            <PlanPage />
          </RoleGate>
        ),
      },
      {
        path: "schedule",
        element: (
          <RoleGate roles={STAFF}>
            <SchedulePage />
          </RoleGate>
        ),
      },
      {
        path: "board",
        element: (
          <RoleGate roles={CLINICIANS}>
            <BoardPage />
          </RoleGate>
        ),
      },
      {
        path: "worklist",
        element: (
          <RoleGate roles={CLINICIANS}>
            <WorklistPage />
          </RoleGate>
        ),
      },
      {
        path: "sessions/:id/chair",
        element: (
          <RoleGate roles={CLINICIANS}>
            <ChairSessionPage />
          </RoleGate>
        ),
      },
      {
        path: "sessions/:id/discharge-sheet",
        element: (
          <RoleGate roles={CLINICIANS}>
            <DischargeSheetPage />
          </RoleGate>
        ),
      },
      {
        path: "analytics",
        element: (
          <RoleGate roles={["physician", "admin"]}>
            <AnalyticsPage />
          </RoleGate>
        ),
      },
      {
        path: "settings",
        element: (
          <RoleGate roles={["admin"]}>
            <SettingsPage />
          </RoleGate>
        ),
      },
      {
        path: "admin/users",
        element: (
          <RoleGate roles={["admin"]}>
            <UsersPage />
          </RoleGate>
        ),
      },
      {
        path: "admin/audit",
        element: (
          <RoleGate roles={["admin"]}>
            <AuditPage />
          </RoleGate>
        ),
      },
      {
        path: "portal",
        element: (
          <RoleGate roles={["patient"]}>
            <PortalHomePage />
          </RoleGate>
        ),
      },
      {
        path: "portal/education",
        element: (
          <RoleGate roles={["patient"]}>
            <PortalEducationPage />
          </RoleGate>
        ),
      },
      {
        path: "portal/report",
        element: (
          <RoleGate roles={["patient"]}>
            <PortalReportPage />
          </RoleGate>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
