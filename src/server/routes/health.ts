import { Type } from "typebox";
import { pingDatabase } from "../../store/db";
import type { App, Context } from "../context";
import { ApiError } from "../errors";
import { problemResponses } from "../schemas";

const Status = Type.Object({ status: Type.String() }, { additionalProperties: false });

/** Liveness (the process answers) and readiness (the database answers). */
export async function healthRoutes(app: App, ctx: Context): Promise<void> {
  app.get(
    "/healthz",
    { config: { access: "public" }, schema: { summary: "Liveness", response: { 200: Status } } },
    async () => ({ status: "ok" }),
  );
  app.get(
    "/readyz",
    {
      config: { access: "public" },
      schema: {
        summary: "Readiness: the database answers",
        response: { 200: Status, ...problemResponses(503) },
      },
    },
    async () => {
      try {
        await pingDatabase(ctx.db);
      } catch {
        throw new ApiError("unavailable", "The database does not answer.");
      }
      return { status: "ready" };
    },
  );
}
