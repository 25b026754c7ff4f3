// Weekly reports as a newcomer meets them, on the demo data with the in-process ticker running (every second):
// create a collection (its weeks previewed), run it and watch its progress until it finishes, then follow a week
// to the workflow execution that wrote it and on to the scheduler run. The admin page shows the weeks'
// execution_id figures and links the demo's legacy weeks.
import { expect, test } from "@playwright/test";
import { signInDemo } from "./project-steps";

test("create a collection, run it, and follow each week to the execution that produced it", async ({ page }) => {
  await signInDemo(page, "alice@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Your collections" }).getByRole("link", { name: "Last 28 days" })).toBeVisible();

  const form = page.getByRole("form", { name: "New collection" });
  await form.getByLabel("Name").fill("Two weeks of November");
  await form.getByLabel("From").fill("2026-11-04");
  await form.getByLabel("To").fill("2026-11-13");
  await expect(form.getByText("Covers 2 weeks, Monday to Sunday: 2026-11-02 to 2026-11-15")).toBeVisible();
  await expect(form.getByRole("list", { name: "Weeks covered" }).getByText("2026-W45")).toBeVisible();
  // A backwards range is caught before sending, and the API would refuse it too.
  await form.getByLabel("To").fill("2026-11-01");
  await expect(form.getByText("The end date is before the start date.")).toBeVisible();
  await form.getByLabel("To").fill("2026-11-13");
  await form.getByRole("button", { name: "Create collection" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Two weeks of November" })).toBeVisible();
  const weeks = page.getByRole("table", { name: "Weeks" });
  await expect(weeks.getByText("Not collected yet")).toHaveCount(2);

  await page.getByRole("button", { name: "Run" }).click();
  // The status line follows the execution until it has finished, then the page shows the weeks.
  await expect(page.getByRole("status").filter({ hasText: "Succeeded: 2 of 2 weeks collected" })).toBeVisible({ timeout: 15_000 });
  await expect(weeks.getByText("Completed")).toHaveCount(2);
  await expect(page.getByRole("table", { name: "Runs of this collection" }).getByText("Succeeded")).toBeVisible();

  await weeks.getByRole("link", { name: /^Workflow execution / }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Collection run: Two weeks of November" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Execution", exact: true }).getByText("Succeeded")).toBeVisible();
  const written = page.getByRole("table", { name: "Weeks it wrote" });
  await expect(written.getByText("2026-W45")).toBeVisible();
  await expect(written.getByText("2026-W46")).toBeVisible();

  await page.getByRole("link", { name: "The run that carried it out" }).click();
  await expect(page).toHaveURL(/\/logs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("link", { name: "The report collection run it carried out" })).toBeVisible();
});

test("another tenant's collection is a 404 page", async ({ page }) => {
  await signInDemo(page, "alice@example.com");
  await page.goto("/reports");
  await page.getByRole("link", { name: "Last 28 days" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Last 28 days" })).toBeVisible();
  const url = page.url();
  expect(url).toMatch(/\/reports\/[0-9a-f-]{36}$/);
  await page.context().clearCookies();
  await signInDemo(page, "bob@example.com");
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("admin: the report weeks' execution links, explained, and the legacy weeks linked", async ({ page }) => {
  await signInDemo(page, "admin@example.com");
  await page.goto("/admin");
  await expect(page.getByText(/execution_id is uuid, nullable; foreign key fk_report_data_weeks_execution_id → workflow_executions, ON DELETE SET NULL, validated/)).toBeVisible();
  const card = page.getByRole("region", { name: "Link legacy report weeks" });
  await card.getByRole("button", { name: "Link legacy weeks" }).click();
  await card.getByRole("group", { name: "Confirm: Link legacy weeks" }).getByRole("button", { name: "Confirm" }).click();
  // The demo's summer weeks: two covered by one execution each (linked, here or by an earlier spec's run),
  // one by two overlapping executions.
  const result = card.getByRole("status", { name: "Link legacy weeks: result" });
  await expect(result.locator('[data-result="linked"]')).toHaveText(/^(2|0)$/);
  await expect(result.locator('[data-result="unresolved_ambiguous"]')).toHaveText("1");
  await expect(result.locator('[data-result="unresolved_no_execution"]')).toHaveText("0");
  await expect(page.getByText(/^1 week has no execution_id/)).toBeVisible();
});
