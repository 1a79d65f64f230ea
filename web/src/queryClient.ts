/** Server-state cache shared by all pages. */
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/client";
import { markSessionExpired } from "./auth/expiry";

/**
 * An expired session anywhere asks for the password again over the open page (the signed-in layout shows
 * the dialog), instead of leaving it: a half-filled form would otherwise be lost.
 */
function onUnauthorised(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) markSessionExpired();
}

/** Builds the client: no retries on client errors, since a 4xx will not fix itself. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onUnauthorised }),
    mutationCache: new MutationCache({ onError: onUnauthorised }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
}
