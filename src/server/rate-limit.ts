/** A sliding-window counter per key (e.g. client IP), held in memory by one server process. */
export interface RateLimiter {
  /** Counts an attempt; when over the limit, says how many seconds until the oldest attempt leaves the window. */
  hit(
    key: string,
  ): { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };
}

const MAX_TRACKED_KEYS = 10_000;

/**
 * @example
 * const limiter = createRateLimiter({ max: 20, windowMs: 15 * 60_000 }, () => new Date());
 * if (!limiter.hit(ip).allowed) reject();
 */
export function createRateLimiter(
  limit: { readonly max: number; readonly windowMs: number },
  clock: () => Date,
): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    hit(key) {
      const now = clock().getTime();
      const recent = (hits.get(key) ?? []).filter((t) => t > now - limit.windowMs);
      if (recent.length >= limit.max) {
        hits.set(key, recent);
        return { allowed: false, retryAfterSeconds: Math.ceil((recent[0]! + limit.windowMs - now) / 1000) };
      }
      recent.push(now);
      // Forget the least recently seen keys so a flood of addresses cannot grow memory without bound.
      hits.delete(key);
      hits.set(key, recent);
      if (hits.size > MAX_TRACKED_KEYS) hits.delete(hits.keys().next().value!);
      return { allowed: true };
    },
  };
}
