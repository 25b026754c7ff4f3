// Sign-up, sign-out, sign-in, a wrong password, and who sees the admin navigation.
import { expect, test, type Page } from "@playwright/test";

const PASSWORD = "correct-horse-battery";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a new tenant signs up, signs out and signs back in", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.com`;
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByRole("link", { name: /create an account/i }).click();
  await page.getByLabel("Name").fill("E2E Tenant");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await signIn(page, "alice@example.com", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password. Check them and try again.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the admin sees the admin navigation and page; a tenant sees neither", async ({ page }) => {
  await signIn(page, "admin@example.com", "tickboard-demo");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Admin" })).toBeVisible();
  await nav.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "alice@example.com" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, "alice@example.com", "tickboard-demo");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
});

test("a tenant's dashboard shows their own projects and not another tenant's", async ({ page }) => {
  await signIn(page, "bob@example.com", "tickboard-demo");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Data pipeline" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Website" })).toHaveCount(0);
});
