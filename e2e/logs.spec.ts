// The runs page on the demo data: a tenant sees its own runs (and only those), filters them by status with the
// filter in the URL (kept on reload), opens a run, exports the current filter as CSV; a legacy tenant sees the
// history imported with only its old integer id; bad addresses are explained, unknown runs are a 404.
import { expect, test } from "@playwright/test";
import { rows, signInDemo } from "./project-steps";

test("a tenant's runs: status badges, a status filter kept in the URL, a run's details and the CSV of the filter", async ({ page }) => {
  await signInDemo(page, "alice@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Runs" })).toBeVisible();
  const table = page.getByRole("table", { name: "Execution log" });
  await expect(table.getByRole("link", { name: "Heartbeat" }).first()).toBeVisible();
  await expect(table.getByText("Succeeded").first()).toBeVisible();
  // Bob's tasks never show up in Alice's runs.
  await expect(table.getByRole("link", { name: "Import Linear tickets" })).toHaveCount(0);

  await page.getByLabel("Status").selectOption("failed");
  await expect(page).toHaveURL(/[?&]status=failed/);
  await expect(rows(page).first()).toContainText("Failed");
  const statuses = await rows(page).locator("td:nth-child(2)").allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.every((s) => s.includes("Failed"))).toBe(true);
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("failed");
  await expect(rows(page)).toHaveCount(statuses.length);

  const exportLink = page.getByRole("link", { name: /Export CSV/ });
  await expect(exportLink).toHaveAttribute("href", /^\/api\/scheduler\/logs\/export\?status=failed/);
  const csv = await page.request.get((await exportLink.getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^id,scheduled_for,status,/);
  expect(lines.slice(1)).toHaveLength(statuses.length);
  expect(lines.slice(1).every((line) => line.split(",")[2] === "failed")).toBe(true);

  await rows(page).first().getByRole("link", { name: /details/ }).click();
  await expect(page).toHaveURL(/\/logs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("failed");
  const outcome = page.getByRole("region", { name: "Outcome" });
  await expect(outcome.getByText("HTTP 503 from the webhook")).toBeVisible();
  await expect(outcome.getByText("Attempt")).toBeVisible();
  await expect(page.getByRole("region", { name: "Timing (UTC)" }).getByText("Scheduled for")).toBeVisible();
  await page.getByRole("link", { name: "All runs" }).click();
  await expect(page).toHaveURL(/\/logs$/);
});

test("only one task's runs: from a row, as a removable chip", async ({ page }) => {
  await signInDemo(page, "alice@example.com");
  await page.goto("/logs");
  const first = rows(page).first();
  const title = (await first.locator("td:nth-child(3) a").innerText()).trim();
  await first.getByRole("button", { name: /Only this task/ }).click();
  await expect(page).toHaveURL(/[?&]task_id=[0-9a-f-]{36}/);
  await expect(page.getByRole("group", { name: "Filter runs" }).getByText(`Task: ${title}`)).toBeVisible();
  const titles = await rows(page).locator("td:nth-child(3) a").allInnerTexts();
  expect(new Set(titles)).toEqual(new Set([title]));
  await page.getByRole("button", { name: "Remove the task filter" }).click();
  await expect(page).not.toHaveURL(/task_id=/);
});

test("a tenant brought over from the legacy scheduler sees its imported history next to its new runs", async ({ page }) => {
  await signInDemo(page, "carol@example.com");
  await page.goto("/logs?page_size=100");
  const table = page.getByRole("table", { name: "Execution log" });
  await expect(table.getByRole("link", { name: "Refresh exchange rates" }).first()).toBeVisible();
  await expect(table.getByRole("link", { name: "Nightly invoice export" }).first()).toBeVisible();
  await expect(page.getByText(/\d+ runs ·/)).toContainText("runs");
  // The imported rows of legacy user 2077 (no account) belong to nobody here.
  await expect(table.getByText("Weekly churn digest")).toHaveCount(0);
});

test("a bad address is explained rather than failing, and an unknown run is a 404", async ({ page }) => {
  await signInDemo(page, "bob@example.com");
  await page.goto("/logs?status=bogus&sort=user_id");
  const notice = page.getByRole("alert").filter({ hasText: "Part of this address was ignored" });
  await expect(notice).toContainText("status=bogus");
  await expect(notice).toContainText("sort=user_id");
  await expect(page.getByRole("heading", { level: 1, name: "Runs" })).toBeVisible();

  const missing = await page.goto("/logs/00000000-0000-4000-8000-000000000000");
  expect(missing?.status()).toBe(404);
  expect((await page.goto("/logs/not-a-uuid"))?.status()).toBe(404);
});
