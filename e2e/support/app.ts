import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AppDeps } from "../../src/server/app";
import { startTestServer, type TestServer } from "../../src/server/testing";

const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** `npm test` builds the web app first; a direct `vitest --project e2e` run builds it here if missing. */
async function ensureWebBuilt(): Promise<void> {
  if (existsSync(`${WEB_DIST}/index.html`)) return;
  const { build } = await import("vite");
  await build({
    configFile: fileURLToPath(new URL("../../web/vite.config.ts", import.meta.url)),
    logLevel: "warn",
  });
}

/**
 * Starts the real server on a free port over a fresh database holding the demo clinics, serving the
 * built web app from web/dist. `deps` passes settings such as `chairConfig` through to the server.
 *
 * @example
 * const app = await startApp();
 * afterAll(() => app.close());
 * await page.goto(`${app.base}/login`);
 */
export async function startApp(deps: Partial<AppDeps> = {}): Promise<TestServer> {
  await ensureWebBuilt();
  return startTestServer({ ...deps, webDistDir: WEB_DIST });
}
