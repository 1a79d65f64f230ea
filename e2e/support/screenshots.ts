import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

const DIR = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

/**
 * Saves a README screenshot of the page as it is now, only when `KG_UPDATE_SCREENSHOTS=1`, so ordinary
 * test runs never rewrite the committed images.
 */
export async function screenshotForDocs(
  page: Page,
  name:
    | "login"
    | "patients"
    | "patient"
    | "audit"
    | "evaluation"
    | "plan"
    | "board"
    | "session"
    | "discharge-sheet"
    | "portal"
    | "education"
    | "worklist"
    | "outcomes"
    | "analytics",
): Promise<void> {
  if (process.env.KG_UPDATE_SCREENSHOTS !== "1") return;
  await mkdir(DIR, { recursive: true });
  await page.screenshot({ path: `${DIR}${name}.png`, fullPage: false });
}
