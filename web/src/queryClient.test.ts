import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "./api/client";
import { clearSessionExpired, isSessionExpired } from "./auth/expiry";
import { acceptSession, SESSION_KEY } from "./auth/session";
import { createQueryClient } from "./queryClient";

const ME = {
  id: "u1",
  email: "nurse@example.test",
  name: "Nurse",
  role: "nurse" as const,
  clinicId: "c1",
  clinicName: "Clinic",
  patientId: null,
};

const failure = (status: number) =>
  new ApiError({ title: "Refused", status, code: status === 401 ? "auth.required" : "forbidden" });

async function failMutation(status: number) {
  const client = createQueryClient();
  client.setQueryData(SESSION_KEY, ME);
  const mutation = client.getMutationCache().build(client, {
    mutationFn: () => Promise.reject(failure(status)),
  });
  await mutation.execute(undefined).catch(() => undefined);
  return client;
}

afterEach(() => clearSessionExpired());

describe("an expired session", () => {
  it("is marked, and the page's session kept, when a save is answered 401", async () => {
    const client = await failMutation(401);
    expect(isSessionExpired()).toBe(true);
    // The signed-in layout stays (it leaves only on a null session), so the form keeps its content.
    expect(client.getQueryData(SESSION_KEY)).toEqual(ME);
  });

  it("is marked when a read is answered 401", async () => {
    const client = createQueryClient();
    await client
      .fetchQuery({ queryKey: ["patients"], queryFn: () => Promise.reject(failure(401)) })
      .catch(() => {});
    expect(isSessionExpired()).toBe(true);
  });

  it("is not marked by other refusals", async () => {
    await failMutation(403);
    expect(isSessionExpired()).toBe(false);
  });

  it("is cleared by signing in again", async () => {
    await failMutation(401);
    acceptSession({ user: ME, csrfToken: "token" });
    expect(isSessionExpired()).toBe(false);
  });
});
