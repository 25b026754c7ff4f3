// The scheduler as a tenant sees it, on the demo data with the in-process ticker running (every second):
// the /scheduler page shows a live leader, counts, the last day and upcoming runs; a task's page says its
// schedule in words with the next five runs in its timezone, and "Run now" queues a run that the ticker
// then runs.
import { expect, test } from "@playwright/test";
import { signInDemo } from "./project-steps";

test("the scheduler page shows a live scheduler: leader and epoch, runs by status, the last 24 hours, upcoming runs, events", async ({ page }) => {
  await signInDemo(page, "alice@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scheduler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scheduler" })).toBeVisible();
  // The ticker has taken the lease: a holder and an epoch are shown (reload until the first tick has happened).
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("Nobody right now")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Recent events" })).toBeVisible();
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("link", { name: /succeeded runs$/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Finished runs per hour/ })).toBeVisible();
  const upcoming = page.getByRole("table", { name: "Upcoming runs" });
  await expect(upcoming.getByRole("link", { name: "Heartbeat" })).toBeVisible();
  await expect(upcoming.getByText("Every minute")).toBeVisible();
  await expect(page.getByRole("table", { name: "Recent events" }).getByText("Leader changed").first()).toBeVisible();
});

test("a task page: the schedule in words with its next five runs in its timezone; Run now runs it", async ({ page }) => {
  await signInDemo(page, "alice@example.com");
  await page.goto("/projects");
  await page.getByRole("link", { name: "Website" }).click();
  await page.getByRole("link", { name: "Nightly backup" }).click();
  await expect(page.getByText("At 02:30 every day")).toBeVisible();
  await expect(page.getByText("(America/New_York)")).toBeVisible();
  const nextRuns = page.getByRole("list", { name: "Next five runs" }).getByRole("listitem");
  await expect(nextRuns).toHaveCount(5);
  await expect(nextRuns.first()).toContainText("02:30");

  await page.getByRole("button", { name: "Run now" }).click();
  const follow = page.getByRole("link", { name: "Follow the run" });
  await expect(follow).toBeVisible();
  await follow.click();
  await expect(page).toHaveURL(/\/logs\/[0-9a-f-]{36}$/);
  // The ticker picks the run up within a tick or two.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("succeeded");
  }).toPass({ timeout: 15_000 });
});
