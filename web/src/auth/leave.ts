import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { setCsrfToken } from "../api/client";
import { clearSessionExpired } from "./expiry";
import { SESSION_KEY } from "./session";

/**
 * Goes to a plain sign-in page and forgets the session and everything read under it. It leaves first and
 * waits: were the signed-in layout to see the session vanish, it would send the next person to sign in
 * back to this page.
 */
export function useLeaveToSignIn(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    await navigate("/login", { replace: true, state: { signedOut: true } });
    setCsrfToken(null);
    clearSessionExpired();
    queryClient.setQueryData(SESSION_KEY, null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  };
}
