/** The signed-in session as server state: who is signed in, and the CSRF token that goes with it. */
import { createContext, useContext } from "react";
import { ApiError, setCsrfToken } from "../api/client";
import { auth } from "../api/endpoints";
import type { Me, Session } from "../api/types";
import { clearSessionExpired } from "./expiry";

export const SESSION_KEY = ["session"] as const;

/** Loads the current session; a 401 means "signed out" (null), anything else is a real error. */
export async function loadSession(): Promise<Me | null> {
  try {
    return acceptSession(await auth.me());
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Keeps the CSRF token from a login or `me` answer and returns the user; a live session is not expired. */
export function acceptSession(session: Session): Me {
  setCsrfToken(session.csrfToken);
  clearSessionExpired();
  return session.user;
}

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only valid inside the signed-in layout. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe must be used inside the signed-in layout");
  return me;
}
