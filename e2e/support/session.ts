import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../src/store/seed";

/** Demo logins from the seed, by what the tests call them. */
export const DEMO = {
  admin: "admin@demo.ketaguard.test",
  physician: "physician@demo.ketaguard.test",
  nurse: "nurse1@demo.ketaguard.test",
  patient: "patient@demo.ketaguard.test",
} as const;

/** Fills the sign-in form the way a person would and submits it. */
export async function submitLogin(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  if (!page.url().startsWith(`${baseUrl}/login`)) await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits until the app has left the sign-in page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await submitLogin(page, baseUrl, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

/** Signs out through the header button and waits for a plain sign-in page (no page to return to). */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  if (new URL(page.url()).search !== "")
    throw new Error(`signed out to ${page.url()}, expected a plain /login`);
}

/** The labels of the main navigation, in order. */
export async function navLabels(page: Page): Promise<string[]> {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
}
