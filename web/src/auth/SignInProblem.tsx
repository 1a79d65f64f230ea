import { ApiError } from "../api/client";
import { ProblemNotice } from "../components/ProblemNotice";

/** Words for a failed sign-in: wrong credentials and lockout each get their own clear message. */
function loginFailureMessage(error: unknown): { title: string; detail?: string } | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === "auth.invalid_credentials") {
    return { title: "Email or password is incorrect.", detail: "Check both and try again." };
  }
  if (error.code === "auth.locked") {
    return { title: "This account is locked for now after too many failed attempts.", detail: error.detail };
  }
  return null;
}

/** Why a sign-in failed, or nothing when it has not. */
export function SignInProblem({ error }: { error: unknown }) {
  if (!error) return null;
  const failure = loginFailureMessage(error);
  if (!failure) return <ProblemNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{failure.title}</p>
      {failure.detail && <p>{failure.detail}</p>}
    </div>
  );
}
