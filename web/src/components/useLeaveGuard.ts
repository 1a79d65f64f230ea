import { useEffect } from "react";
import { useBlocker } from "react-router";

const MESSAGE = "Leave this page? What you have entered here is not saved.";

/**
 * Asks before a form with unsaved entries is left: links and Back inside the app, and closing or
 * reloading the tab. Signing out (a move to the sign-in page) is a deliberate exit and is not asked about.
 */
export function useLeaveGuard(unsaved: boolean): void {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && nextLocation.pathname !== currentLocation.pathname && nextLocation.pathname !== "/login",
  );
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(MESSAGE)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [unsaved]);
}
