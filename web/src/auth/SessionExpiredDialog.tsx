import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { auth } from "../api/endpoints";
import type { Me } from "../api/types";
import { TextField } from "../components/Field";
import { useLeaveToSignIn } from "./leave";
import { SignInProblem } from "./SignInProblem";
import { acceptSession, SESSION_KEY } from "./session";

/**
 * Asks the signed-in user for their password again after the server ended the session, over the page
 * they were on: what they typed stays, and they can save again. Anyone else signs in on the sign-in page,
 * so one person's unsaved work is never carried into another's session.
 */
export function SessionExpiredDialog({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const leave = useLeaveToSignIn();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState("");
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const login = useMutation({
    mutationFn: () => auth.login(me.email, password),
    onSuccess: (session) => {
      queryClient.setQueryData(SESSION_KEY, acceptSession(session));
      // Reads refused while signed out are asked again.
      return queryClient.invalidateQueries({ predicate: (query) => query.state.status === "error" });
    },
  });

  return (
    <dialog
      ref={dialog}
      className="session-dialog"
      aria-labelledby="session-expired-title"
      // Escape would leave the page unusable behind a session that no longer exists.
      onCancel={(event) => event.preventDefault()}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!login.isPending) login.mutate();
        }}
      >
        <h2 id="session-expired-title">Your session has ended</h2>
        <p>
          Sign in again as {me.name} ({me.email}) to carry on. What you have entered on this page is kept:
          save it again once you are back.
        </p>
        <SignInProblem error={login.error} />
        <TextField
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={login.isPending}>
            {login.isPending ? "Signing in…" : "Sign in again"}
          </button>
          <button type="button" className="link-button" onClick={() => void leave()}>
            Sign in as someone else
          </button>
        </div>
      </form>
    </dialog>
  );
}
