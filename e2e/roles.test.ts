import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../src/store/seed";
import { expectAccessible } from "./support/axe";
import { appAndBrowserForFile } from "./support/harness";
import { screenshotForDocs } from "./support/screenshots";
import { DEMO, navLabels, signIn, signOut, submitLogin } from "./support/session";

const harness = appAndBrowserForFile();

describe("signing in", () => {
  const cases = [
    {
      role: "admin",
      email: DEMO.admin,
      name: "Alex Morgan",
      nav: ["Patients", "Schedule", "Users", "Audit log", "Analytics", "Settings"],
    },
    {
      role: "physician",
      email: DEMO.physician,
      name: "Dr Priya Natarajan",
      nav: ["Patients", "Schedule", "Floor board", "Worklist", "Analytics"],
    },
    {
      role: "nurse",
      email: DEMO.nurse,
      name: "Sam Okafor",
      nav: ["Patients", "Schedule", "Floor board", "Worklist"],
    },
    {
      role: "patient",
      email: DEMO.patient,
      name: "Maya Thornton",
      nav: ["Home", "What to expect", "Report a symptom", "My record"],
    },
  ] as const;

  for (const { role, email, name, nav } of cases) {
    it(`shows the ${role} their clinic, their name and only their navigation`, async () => {
      const page = await harness.browser.freshPage();
      await signIn(page, harness.app.base, email);
      expect(await navLabels(page)).toEqual(nav);
      const header = page.getByRole("banner");
      await expect.poll(() => header.textContent()).toContain("Harbour Pain Clinic");
      expect(await header.textContent()).toContain(name);
      expect(await page.getByRole("contentinfo").textContent()).toContain("not an alarm system of record");
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await expectAccessible(page);
      await signOut(page);
      expect(new URL(page.url()).pathname).toBe("/login");
    });
  }

  it("says clearly when the email or password is wrong, and stays on the sign-in page", async () => {
    const page = await harness.browser.freshPage();
    await page.goto(`${harness.app.base}/login`);
    await page.getByRole("heading", { name: /sign in/i }).waitFor();
    expect(await page.title()).toBe("Sign in · Ketaguard");
    await expectAccessible(page);
    await screenshotForDocs(page, "login");
    await submitLogin(page, harness.app.base, DEMO.nurse, "not-the-password");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Email or password is incorrect.");
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectAccessible(page);
  });

  it("says when an account is locked after repeated failures, and when to try again", async () => {
    const page = await harness.browser.freshPage();
    const attempt = async (password: string) => {
      const answered = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
      await submitLogin(page, harness.app.base, "nurse2@demo.ketaguard.test", password);
      return (await answered).status();
    };
    for (let i = 0; i < 5; i++) expect(await attempt(`wrong-guess-${i}`)).toBe(401);
    // Even the right password is refused while the lock lasts.
    expect(await attempt(DEMO_PASSWORD)).toBe(429);
    const alert = page.getByRole("alert");
    await alert.getByText("This account is locked for now after too many failed attempts.").waitFor();
    expect(await alert.textContent()).toMatch(/Try again in 15 minutes/);
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectAccessible(page);
  });

  it("shows a not-found page for an address that leads nowhere", async () => {
    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.physician);
    await page.goto(`${harness.app.base}/no/such/page`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Go to the start page" }).click();
    await page.getByRole("heading", { name: "Patients" }).waitFor();
  });

  it("sends a signed-out visitor to sign in, then back to the page they asked for", async () => {
    const page = await harness.browser.freshPage();
    await page.goto(`${harness.app.base}/admin/audit`);
    await page.waitForURL((url) => url.pathname === "/login");
    await signIn(page, harness.app.base, DEMO.admin);
    expect(new URL(page.url()).pathname).toBe("/admin/audit");
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await expectAccessible(page);
  });
});

describe("a patient's own record", () => {
  it("opens for the patient, while another patient's address shows not found", async () => {
    const staff = await harness.browser.freshPage();
    await signIn(staff, harness.app.base, DEMO.nurse);
    await staff.getByLabel("Search patients").fill("KG-1002");
    await staff.getByRole("button", { name: "Search" }).click();
    await staff.getByRole("link", { name: "Reyes, Daniel" }).click();
    await staff.getByRole("heading", { name: "Daniel Reyes" }).waitFor();
    const otherPatientUrl = staff.url();

    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.patient);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My record" }).click();
    await page.getByRole("heading", { name: "Maya Thornton", exact: true }).waitFor();
    expect(await page.getByRole("main").textContent()).toContain("KG-1001");
    await page.getByRole("button", { name: "Print" }).waitFor();
    expect(await page.getByRole("button", { name: "Correct the record" }).count()).toBe(0);
    await expectAccessible(page);

    await page.goto(otherPatientUrl);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await page.getByRole("main").textContent()).not.toContain("Reyes");
    expect(await page.title()).toBe("Not found · Ketaguard");
    await expectAccessible(page);

    await page.goto(`${harness.app.base}/patients`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
  });
});
