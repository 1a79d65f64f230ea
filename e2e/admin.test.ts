import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { appAndBrowserForFile } from "./support/harness";
import { screenshotForDocs } from "./support/screenshots";
import { DEMO, navLabels, signIn, signOut, submitLogin } from "./support/session";

const harness = appAndBrowserForFile();

const NEW_USER = {
  name: "Robin Ashby",
  email: "robin.ashby@demo.ketaguard.test",
  password: "Harbour-night-shift-42",
};

describe("administration", () => {
  it("creates a user, sees that user's sign-in in the audit log, and deactivates them", async () => {
    const page = await harness.browser.freshPage();
    page.on("dialog", (dialog) => dialog.accept());
    await signIn(page, harness.app.base, DEMO.admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await page.getByRole("heading", { name: "Users", level: 1 }).waitFor();
    expect(await page.title()).toBe("Users · Ketaguard");
    await page.getByRole("cell", { name: /^Dr Priya Natarajan/ }).waitFor();
    await expectAccessible(page);

    const form = page.getByRole("form", { name: "New user" });
    await form.getByLabel("Name").fill(NEW_USER.name);
    await form.getByLabel("Email").fill(NEW_USER.email);
    await form.getByLabel("Role").selectOption("nurse");
    // The server's password rule comes back as a message next to the password field.
    await form.getByLabel("Starting password").fill("too-short");
    await form.getByRole("button", { name: "Create user" }).click();
    await form.getByText(/at least 12 characters/).waitFor();
    expect(await form.getByLabel("Starting password").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);
    await form.getByLabel("Starting password").fill(NEW_USER.password);
    await form.getByRole("button", { name: "Create user" }).click();
    await page.getByRole("status").getByText(`Created a login for ${NEW_USER.name}.`).waitFor();
    await page.getByRole("cell", { name: `${NEW_USER.name} ${NEW_USER.email}` }).waitFor();
    await signOut(page);

    await signIn(page, harness.app.base, NEW_USER.email, NEW_USER.password);
    expect(await navLabels(page)).toEqual(["Patients", "Schedule", "Floor board", "Worklist"]);
    await signOut(page);

    await signIn(page, harness.app.base, DEMO.admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    expect(await page.title()).toBe("Audit log · Ketaguard");
    await page.getByRole("cell", { name: "auth.login" }).first().waitFor();
    await expectAccessible(page);
    await screenshotForDocs(page, "audit");

    await page.getByLabel("Actor").selectOption({ label: `${NEW_USER.name} (${NEW_USER.email})` });
    await page.getByLabel("Action", { exact: true }).fill("auth.login");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("action") === "auth.login");
    await expect.poll(() => page.locator("tbody tr").count()).toBe(1);
    const row = await page.locator("tbody tr").first().textContent();
    expect(row).toContain(NEW_USER.email);
    expect(row).toContain("auth.login");
    expect(row).toContain("success");
    expect(row).toMatch(/hash: [0-9a-f]{12}…/);
    expect(row).toMatch(/prev: [0-9a-f]{12}…/);
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await page.getByRole("button", { name: `Deactivate ${NEW_USER.name}` }).click();
    await page.getByRole("status").getByText(`${NEW_USER.name} can no longer sign in.`).waitFor();
    await signOut(page);
    await submitLogin(page, harness.app.base, NEW_USER.email, NEW_USER.password);
    await page.getByRole("alert").getByText("Email or password is incorrect.").waitFor();
  });

  it("creates a patient login linked to its record, and resets its password", async () => {
    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.admin);
    await page.goto(`${harness.app.base}/admin/users`);
    const form = page.getByRole("form", { name: "New user" });
    await form.getByLabel("Name").fill("Tomas Berg");
    await form.getByLabel("Email").fill("tomas.berg@example.test");
    await form.getByLabel("Role").selectOption("patient");
    await form.getByLabel("Starting password").fill("Quiet-harbour-morning-7");
    await form.getByRole("button", { name: "Create user" }).click();
    await form.getByText("Choose the patient this login belongs to.").waitFor();
    await form.getByLabel("Find patient").fill("KG-1004");
    await expect.poll(() => form.getByLabel("Linked patient").locator("option").count()).toBe(2);
    await form.getByLabel("Linked patient").selectOption({ label: "Berg, Tomas (KG-1004)" });
    await expectAccessible(page);
    await form.getByRole("button", { name: "Create user" }).click();
    await page.getByRole("status").getByText("Created a login for Tomas Berg.").waitFor();

    await page.getByRole("button", { name: "Reset password for Tomas Berg" }).click();
    const reset = page.getByRole("form", { name: "Reset password for Tomas Berg" });
    await reset.getByLabel("New password").fill("Lantern-over-the-bay-9");
    await reset.getByRole("button", { name: "Set password" }).click();
    await page.getByRole("status").getByText("The password for Tomas Berg was reset.").waitFor();
    await signOut(page);

    await signIn(page, harness.app.base, "tomas.berg@example.test", "Lantern-over-the-bay-9");
    expect(await navLabels(page)).toEqual(["Home", "What to expect", "Report a symptom", "My record"]);
    await page.getByRole("link", { name: "My record" }).click();
    await page.getByRole("heading", { name: "Tomas Berg", exact: true }).waitFor();
    expect(await page.getByRole("main").textContent()).toContain("KG-1004");
    await expectAccessible(page);
  });
});
