import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { auth } from "../api/endpoints";
import type { Me } from "../api/types";
import { homeFor } from "../auth/roles";
import { SignInProblem } from "../auth/SignInProblem";
import { acceptSession, loadSession, SESSION_KEY } from "../auth/session";
import { TextField } from "../components/Field";
import { SafetyNote } from "../components/SafetyNote";
import { usePageTitle } from "../components/usePageTitle";

/** Only same-site paths may be a post-login destination. */
function safeNext(next: string | null): string | null {
  return next?.startsWith("/") && !next.startsWith("//") ? next : null;
}

export function LoginPage() {
  usePageTitle("Sign in");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  // Right after signing out the cached session may still be on its way out; do not bounce back in.
  const justSignedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const destination = (me: Me) => safeNext(params.get("next")) ?? homeFor(me.role, me.patientId);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const session = useQuery({ queryKey: SESSION_KEY, queryFn: loadSession, retry: false });
  const login = useMutation({
    mutationFn: () => auth.login(email.trim(), password),
    onSuccess: (result) => {
      const me = acceptSession(result);
      queryClient.setQueryData(SESSION_KEY, me);
      navigate(destination(me), { replace: true });
    },
  });

  if (session.data && !justSignedOut) return <Navigate to={destination(session.data)} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };

  return (
    <div className="login-layout">
      <main className="login-card" id="main">
        <h1>
          <span className="brand">Ketaguard</span> sign in
        </h1>
        <form onSubmit={onSubmit} noValidate>
          <SignInProblem error={login.error} />
          <TextField
            label="Email"
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="username"
            required
          />
          <TextField
            label="Password"
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
          />
          <button type="submit" className="primary" disabled={login.isPending}>
            {login.isPending ? "Signing in…" : "Sign in"}
          </button>
        </form>
      </main>
      <SafetyNote />
    </div>
  );
}
