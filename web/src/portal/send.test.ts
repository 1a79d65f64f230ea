import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { sendUntilStored } from "./send";

const failure = (status: number) => new ApiError({ title: "failed", status, code: status ? "x" : "network" });

/** A sender that fails with the given statuses in turn, then answers "stored". */
function flaky(statuses: number[]) {
  const calls: number[] = [];
  const send = async () => {
    calls.push(calls.length);
    const status = statuses[calls.length - 1];
    if (status !== undefined) throw failure(status);
    return "stored";
  };
  return { send, calls };
}

describe("sendUntilStored", () => {
  it("tries again after no answer or a server fault, waiting longer each time", async () => {
    const { send, calls } = flaky([0, 503, 429]);
    const waits: number[] = [];
    const retries: number[] = [];
    const result = await sendUntilStored(send, {
      wait: async (ms) => void waits.push(ms),
      onRetry: (attempts) => retries.push(attempts),
    });
    expect(result).toBe("stored");
    expect(calls).toHaveLength(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(retries).toEqual([1, 2, 3]);
  });

  it("hands back a refusal or an ended session at once", async () => {
    for (const status of [400, 401, 403]) {
      const { send, calls } = flaky([status]);
      await expect(sendUntilStored(send, { wait: async () => {} })).rejects.toMatchObject({ status });
      expect(calls).toHaveLength(1);
    }
  });

  it("gives up after the last attempt", async () => {
    const { send, calls } = flaky([0, 0, 0]);
    await expect(sendUntilStored(send, { wait: async () => {}, maxAttempts: 3 })).rejects.toMatchObject({
      status: 0,
    });
    expect(calls).toHaveLength(3);
  });
});
