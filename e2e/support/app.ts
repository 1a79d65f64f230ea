import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { buildApp } from "../../src/server/app";
import { openDatabase } from "../../src/store/db";
import { migrate } from "../../src/store/migrate";
import { seedDemoData } from "../../src/store/seed";
import { createTestDatabase } from "../../test/support/db";

const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface RunningApp {
  /** e.g. `http://127.0.0.1:41234` */
  readonly baseUrl: string;
  close(): Promise<void>;
}

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
 * built web app.
 *
 * @example
 * const app = await startApp();
 * afterAll(() => app.close());
 * await page.goto(`${app.baseUrl}/login`);
 */
export async function startApp(): Promise<RunningApp> {
  await ensureWebBuilt();
  const tdb = await createTestDatabase();
  const db = openDatabase(tdb.url, { poolSize: 5 });
  try {
    await migrate(db);
    await seedDemoData(db);
    const { app } = await buildApp({ db, logLevel: "silent", webDistDir: WEB_DIST });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as AddressInfo;
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      async close() {
        await app.close();
        await db.destroy();
        await tdb.drop();
      },
    };
  } catch (error) {
    await db.destroy();
    await tdb.drop();
    throw error;
  }
}
