import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows max attempts per window per key, then says when the oldest leaves the window", () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 10_000 }, () => new Date(now));
    expect(limiter.hit("a").allowed).toBe(true);
    now = 4_000;
    expect(limiter.hit("a").allowed).toBe(true);
    expect(limiter.hit("b").allowed).toBe(true);
    now = 6_000;
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 4 });
    now = 10_001;
    expect(limiter.hit("a").allowed).toBe(true);
    expect(limiter.hit("a").allowed).toBe(false);
  });
});
