/** Server-state cache shared by all pages. */
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/client";
import { SESSION_KEY } from "./auth/session";

/** An expired session anywhere sends the user back to sign in (the layout redirects on a null session). */
function signOutOnUnauthorised(queryClient: () => QueryClient) {
  return (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) queryClient().setQueryData(SESSION_KEY, null);
  };
}

/** Builds the client: no retries on client errors, since a 4xx will not fix itself. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signOutOnUnauthorised(() => client) }),
    mutationCache: new MutationCache({ onError: signOutOnUnauthorised(() => client) }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}
