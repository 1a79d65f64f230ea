/**
 * Sending a report until the server has it. The report carries one client id for all its attempts, so a
 * resend after a lost answer is stored once. A network failure or a server fault waits and tries again;
 * a refusal or an ended session stops and is handed back to the page.
 */
import { ApiError } from "../api/client";
import { retryDelayMs } from "../chair/outbox";

export interface SendOptions {
  readonly wait?: (ms: number) => Promise<void>;
  /** Told before each wait, with the failure that caused it. */
  readonly onRetry?: (attempts: number, error: ApiError) => void;
  readonly maxAttempts?: number;
}

/** No answer, a timeout, a rate limit or a server fault: worth trying again. */
export const isTransient = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  (error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function sendUntilStored<T>(send: () => Promise<T>, options: SendOptions = {}): Promise<T> {
  const { wait = sleep, onRetry, maxAttempts = 8 } = options;
  for (let attempts = 1; ; attempts++) {
    try {
      return await send();
    } catch (error) {
      if (!isTransient(error) || attempts >= maxAttempts) throw error;
      onRetry?.(attempts, error);
      await wait(retryDelayMs(attempts));
    }
  }
}
