import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { isNotFound } from "../api/client";
import { ProblemNotice } from "../components/ProblemNotice";
import { SafetyNote } from "../components/SafetyNote";
import { usePageTitle } from "../components/usePageTitle";
import { NotFoundPage } from "./NotFoundPage";

/** The route error boundary: explains the problem in words instead of a blank screen. */
export function ErrorPage() {
  const error = useRouteError();
  usePageTitle("Something went wrong");
  const notFound = isNotFound(error) || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <>
      <main className="page" id="main">
        {notFound ? (
          <NotFoundPage />
        ) : (
          <section className="message-page">
            <h1>Something went wrong</h1>
            <ProblemNotice error={isRouteErrorResponse(error) ? new Error(error.statusText) : error} />
            <p>
              <Link to="/">Go to the start page</Link>
            </p>
          </section>
        )}
      </main>
      <SafetyNote />
    </>
  );
}
