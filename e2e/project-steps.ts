// Steps the browser specs share: sign up a fresh tenant (so every count a spec checks is exact), create a project
// and open it, paste text into Bulk import, add a milestone. Not a spec itself (Playwright runs *.spec.ts only).
import { expect, type Page } from "@playwright/test";

const PASSWORD = "correct-horse-battery";

export async function signUp(page: Page, name = "Tasks E2E") {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(`tasks-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
}

export async function createProject(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("table").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

export async function bulkImport(page: Page, text: string) {
  await page.getByLabel("Tasks to import").fill(text);
  await page.getByRole("button", { name: "Import tasks" }).click();
}

/** Adds a milestone on the open project page and waits until the list shows it. */
export async function addMilestone(page: Page, title: string) {
  const form = page.getByRole("form", { name: "Add milestone" });
  await form.getByLabel("Milestone title").fill(title);
  await form.getByRole("button", { name: "Add milestone" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added the milestone “${title}”.`);
  await expect(page.getByRole("list", { name: "Milestones" }).getByText(title, { exact: true })).toBeVisible();
}

export const rows = (page: Page) => page.locator("tbody tr");

/** Signs in as one of the demo users the e2e server seeds (scripts/lib/demo-data.ts). */
export async function signInDemo(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("tickboard-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}
