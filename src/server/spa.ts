import { stat } from "node:fs/promises";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { App } from "./context";
import { ApiError } from "./errors";

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app from `root`: real files as they are, any other non-API path as `index.html` so
 * client-side routes survive a reload. Unknown `/api/*` paths stay 404 problems.
 */
export async function spaRoutes(app: App, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, serve: false });
  app.get("/*", { config: { access: "public" }, schema: { hide: true } }, async (req, reply) => {
    const urlPath = decodeURIComponent(req.url.split("?")[0]!);
    if (urlPath === "/api" || urlPath.startsWith("/api/"))
      throw new ApiError("not_found", "No such API route.");
    const file = path.resolve(root, `.${path.posix.normalize(urlPath)}`);
    if (file.startsWith(`${root}${path.sep}`) && (await isFile(file))) {
      return reply.sendFile(path.relative(root, file));
    }
    if (!(await isFile(path.join(root, "index.html")))) {
      throw new ApiError("not_found", "The web app has not been built; run `npm run build:web`.");
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
