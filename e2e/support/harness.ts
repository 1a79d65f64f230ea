import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { AppDeps } from "../../src/server/app";
import type { TestServer } from "../../src/server/testing";
import { startApp } from "./app";
import { type BrowserSession, launchBrowser } from "./browser";

export interface Harness {
  /** The real server on a fresh demo database; set once the file's setup has run. */
  readonly app: TestServer;
  readonly browser: BrowserSession;
}

/**
 * Starts the app (with `deps` passed to the server, e.g. a chair configuration) and Chromium for one test
 * file and closes both after it.
 *
 * @example
 * const harness = appAndBrowserForFile();
 * it("…", async () => { const page = await harness.browser.freshPage(); await page.goto(harness.app.base); });
 */
export function appAndBrowserForFile(deps: Partial<AppDeps> = {}): Harness {
  const harness = {} as { app: TestServer; browser: BrowserSession };
  beforeAll(async () => {
    [harness.app, harness.browser] = await Promise.all([startApp(deps), launchBrowser()]);
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.app?.close();
  });
  return harness;
}

/** The form field with exactly this label (labels like "Weight" and "Weight measured on" differ). */
export const field = (scope: Locator | Page, label: string) => scope.getByLabel(label, { exact: true });
