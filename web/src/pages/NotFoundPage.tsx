import { Link } from "react-router";
import { usePageTitle } from "../components/usePageTitle";

/** Shown for unknown addresses and for records the user may not see (which look the same on purpose). */
export function NotFoundPage() {
  usePageTitle("Not found");
  return (
    <section className="message-page">
      <h1>Page not found</h1>
      <p>There is nothing at this address that you can open. Check the address, or go back to the start.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  );
}
