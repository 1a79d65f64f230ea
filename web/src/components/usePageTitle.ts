import { useEffect } from "react";

/** Sets the document title for the current route so screen readers and tabs name the page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Ketaguard`;
  }, [title]);
}
