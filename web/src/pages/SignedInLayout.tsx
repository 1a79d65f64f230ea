import { useMutation, useQuery } from "@tanstack/react-query";
import { Navigate, NavLink, Outlet, useLocation } from "react-router";
import { auth } from "../api/endpoints";
import { useSessionExpired } from "../auth/expiry";
import { useLeaveToSignIn } from "../auth/leave";
import { navFor } from "../auth/roles";
import { SessionExpiredDialog } from "../auth/SessionExpiredDialog";
import { loadSession, MeContext, SESSION_KEY } from "../auth/session";
import { ProblemNotice } from "../components/ProblemNotice";
import { SafetyNote } from "../components/SafetyNote";
import { ROLE_LABEL } from "../labels";

/** The app shell for signed-in users: clinic, user, role-aware navigation, logout, and the page. */
export function SignedInLayout() {
  const location = useLocation();
  // Not refetched in the background: a 401 from that read would leave the page and lose what is typed;
  // an expired session is handled by the dialog instead.
  const session = useQuery({
    queryKey: SESSION_KEY,
    queryFn: loadSession,
    retry: false,
    staleTime: Infinity,
  });
  const expired = useSessionExpired();

  if (session.isPending) return <p className="loading">Loading…</p>;
  if (session.isError) {
    return (
      <main className="page" id="main">
        <h1>Ketaguard is unavailable</h1>
        <ProblemNotice error={session.error} />
      </main>
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  const me = session.data;
  return (
    <MeContext value={me}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand-block">
            <span className="brand">Ketaguard</span>
            <span className="clinic-name">{me.clinicName}</span>
          </div>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {navFor(me.role, me.patientId).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === "/portal"}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="user-block">
            <span className="user-name">{me.name}</span>
            <span className="user-role">{ROLE_LABEL[me.role]}</span>
            <LogoutButton />
          </div>
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SafetyNote />
      {expired && <SessionExpiredDialog me={me} />}
    </MeContext>
  );
}

function LogoutButton() {
  const leave = useLeaveToSignIn();
  const logout = useMutation({ mutationFn: auth.logout, onSettled: leave });
  return (
    <button type="button" className="link-button" onClick={() => logout.mutate()} disabled={logout.isPending}>
      Sign out
    </button>
  );
}
