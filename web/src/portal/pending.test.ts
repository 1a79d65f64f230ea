import { describe, expect, it } from "vitest";
import type { StorageLike } from "../chair/outbox";
import { dropPending, keepPending, PENDING_KEY, pendingFor } from "./pending";

const memory = (initial: Record<string, string> = {}): StorageLike => {
  const values = new Map(Object.entries(initial));
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) };
};
const report = (clientId: string, painNowNrs = 3) => ({
  clientId,
  slot: null,
  answers: { symptoms: [], redFlags: [], painNowNrs },
});

describe("pending reports", () => {
  it("keeps each report once per client id, for its own account only", () => {
    const storage = memory();
    keepPending(storage, { userId: "maya", savedAt: 1, report: report("a") });
    keepPending(storage, { userId: "tom", savedAt: 2, report: report("b") });
    keepPending(storage, { userId: "maya", savedAt: 3, report: report("a", 5) });
    expect(pendingFor(storage, "maya")).toEqual([{ userId: "maya", savedAt: 3, report: report("a", 5) }]);
    expect(pendingFor(storage, "tom").map((p) => p.report.clientId)).toEqual(["b"]);
  });

  it("forgets a report once confirmed", () => {
    const storage = memory();
    keepPending(storage, { userId: "maya", savedAt: 1, report: report("a") });
    keepPending(storage, { userId: "maya", savedAt: 2, report: report("c") });
    dropPending(storage, "a");
    expect(pendingFor(storage, "maya").map((p) => p.report.clientId)).toEqual(["c"]);
  });

  it("reads damaged storage as empty rather than failing", () => {
    expect(pendingFor(memory({ [PENDING_KEY]: "{not json" }), "maya")).toEqual([]);
    expect(pendingFor(memory({ [PENDING_KEY]: '{"a":1}' }), "maya")).toEqual([]);
  });
});
