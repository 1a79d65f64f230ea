import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Chromium flags: headless, no sandbox (containers), and no background traffic or updates during tests. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Screenshot size used for the README. */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * The Chromium to drive: `CHROMIUM_PATH`, else the system `/usr/bin/chromium`, else the build that ships
 * inside `@sparticuz/chromium`. Never downloads a browser.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return (await import("@sparticuz/chromium")).default.executablePath();
}

export interface BrowserSession {
  /** A new tab with no cookies, so each test signs in from scratch. */
  freshPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Chromium on a fresh user-data directory, removed again on close.
 *
 * @example
 * const browser = await launchBrowser();
 * const page = await browser.freshPage();
 * afterAll(() => browser.close());
 */
export async function launchBrowser(): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), "kg-e2e-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: await chromiumPath(),
      args: FLAGS,
      viewport: VIEWPORT,
      locale: "en-GB",
      timezoneId: "UTC",
      // The server's Content-Security-Policy forbids inline scripts; the axe-core check injects one.
      bypassCSP: true,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    async freshPage() {
      for (const page of context.pages()) await page.close();
      await context.clearCookies();
      return context.newPage();
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
