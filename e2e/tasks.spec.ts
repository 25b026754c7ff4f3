// Projects and tasks in the browser: create a project and a task, bulk import (and import again), sort, filter
// and page through the table with all of it in the URL, then a task's page (disable, delete). Each test signs
// up its own tenant, so every count below is exact.
import { expect, test, type Page } from "@playwright/test";
import { bulkImport, createProject, rows, signUp } from "./project-steps";

const STATUSES = ["open", "in_progress", "done", "archived"] as const;
const PLATFORMS = ["github", "linear", "jira"] as const;

/** 30 tasks as CSV: "Task 01".."Task 30", statuses and platforms in turn, one quoted field with a comma and quotes. */
function bulkCsv(): string {
  const rows = Array.from({ length: 30 }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    const description = i === 6 ? '"Deploy, then say ""done"""' : `Item ${n}`;
    return `Task ${n},${description},bulk-${n},${PLATFORMS[i % 3]},${STATUSES[i % 4]},${i},${i % 5 === 0 ? "0 9 * * 1-5" : ""},${i % 5 === 0 ? "Europe/Berlin" : ""}`;
  });
  return ["title,description,external_id,platform,status,priority_score,cron,timezone", ...rows].join("\n");
}

const filters = (page: Page) => page.getByRole("group", { name: "Filter tasks" });
const firstRow = (page: Page) => rows(page).first();

test("a new project gets a task from the form; an empty title gets a field error; a repeated external ID is reported", async ({ page }) => {
  await signUp(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect(page.getByText("No projects yet — create one to start adding tasks")).toBeVisible();

  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Give the project a name.")).toBeVisible();

  await createProject(page, "Website relaunch");
  await expect(page.getByText("No tasks yet — add one below or paste a batch into Bulk import")).toBeVisible();

  const form = page.getByRole("form", { name: "New task" });
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByText("Give the task a title.")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Title").fill("Nightly sitemap");
  await form.getByLabel("External ID").fill("sitemap-1");
  await form.getByLabel("Platform").fill("internal");
  await form.getByLabel("Cron").fill("0 3 * * *");
  await form.getByLabel("Timezone").fill("Europe/Berlin");
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByRole("status")).toContainText("Added Nightly sitemap");
  await expect(rows(page)).toHaveCount(1);
  await expect(firstRow(page)).toContainText("Nightly sitemap");
  await expect(firstRow(page)).toContainText("0 3 * * *");
  await expect(firstRow(page)).toContainText("Europe/Berlin");

  await form.getByLabel("Title").fill("Nightly sitemap again");
  await form.getByLabel("External ID").fill("sitemap-1");
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByRole("status")).toContainText("A task with this external ID already exists — showing it");
  await expect(rows(page)).toHaveCount(1);

  await form.getByLabel("Title").fill("Bad schedule");
  await form.getByLabel("External ID").fill("");
  await form.getByLabel("Cron").fill("not a cron");
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByLabel("Cron")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/is not a valid cron expression/)).toBeVisible();
});

test("bulk import reports created and existing counts, and importing the same text again creates nothing", async ({ page }) => {
  await signUp(page);
  await createProject(page, "Imported");

  await bulkImport(page, "title,platform\nFirst,github\nSecond,github,extra\n");
  const importForm = page.getByRole("form", { name: "Bulk import" });
  await expect(importForm.getByRole("list", { name: "Problems by line" })).toContainText("Line 3:");
  await expect(importForm.getByRole("alert")).toContainText("nothing was sent");

  // The API refuses the whole batch when one task is invalid; its error names the pasted line.
  await bulkImport(page, "title,status\nGood,open\nBad,someday\n");
  await expect(importForm.getByRole("list", { name: "Problems by line" })).toContainText("Line 3: status:");
  await expect(page.getByText("No tasks yet — add one below or paste a batch into Bulk import")).toBeVisible();

  await expect(page.getByText("Reads as CSV")).toBeVisible();
  await bulkImport(page, bulkCsv());
  await expect(importForm.getByRole("status")).toHaveText("30 created, 0 already existed.");
  await expect(page.getByText("30 tasks · Page 1 of 2")).toBeVisible();

  await page.getByRole("button", { name: "Import tasks" }).click();
  await expect(importForm.getByRole("status")).toHaveText("0 created, 30 already existed.");
  await expect(page.getByText("30 tasks · Page 1 of 2")).toBeVisible();

  // The quoted CSV field kept its comma and its quotes.
  await page.getByRole("link", { name: "Task 07" }).click();
  await expect(page.getByText('Deploy, then say "done"')).toBeVisible();
});

test("sort, filters and page live in the URL: a reload and a new page show the same rows", async ({ page }) => {
  await signUp(page);
  await createProject(page, "Table");
  await bulkImport(page, bulkCsv());
  await expect(page.getByRole("form", { name: "Bulk import" }).getByRole("status")).toHaveText("30 created, 0 already existed.");

  const title = page.getByRole("button", { name: "Title" });
  await title.click();
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect(page.getByRole("columnheader", { name: "Title" })).toHaveAttribute("aria-sort", "ascending");
  await expect(firstRow(page)).toContainText("Task 01");
  await title.click();
  await expect(page).toHaveURL(/[?&]sort=-title(&|$)/);
  await expect(page.getByRole("columnheader", { name: "Title" })).toHaveAttribute("aria-sort", "descending");
  await expect(firstRow(page)).toContainText("Task 30");
  // Keyboard: the header is a button, so Enter sorts too.
  await title.focus();
  await page.keyboard.press("Enter");
  await expect(firstRow(page)).toContainText("Task 01");

  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByText("30 tasks · Page 2 of 2")).toBeVisible();
  await expect(rows(page)).toHaveCount(5);
  await expect(firstRow(page)).toContainText("Task 26");

  const url = page.url();
  const texts = await rows(page).allInnerTexts();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(rows(page)).toHaveCount(5);
  expect(await rows(page).allInnerTexts()).toEqual(texts);

  const other = await page.context().newPage();
  await other.goto(url);
  await expect(rows(other)).toHaveCount(5);
  expect(await rows(other).allInnerTexts()).toEqual(texts);
  await other.close();

  // A filter starts again from page 1.
  await filters(page).getByLabel("Status").selectOption("done");
  await expect(page).toHaveURL(/[?&]status=done(&|$)/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(rows(page)).toHaveCount(7);
  await filters(page).getByLabel("Platform").selectOption("github");
  await expect(page).toHaveURL(/[?&]platform=github(&|$)/);
  await expect(rows(page)).toHaveCount(2);
  await expect(firstRow(page)).toContainText("Task 07");
  await expect(rows(page).nth(1)).toContainText("Task 19");

  await page.getByRole("searchbox", { name: "Search" }).fill("Task 19");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]q=Task(\+|%20)19(&|$)/);
  await expect(rows(page)).toHaveCount(1);

  await page.getByRole("searchbox", { name: "Search" }).fill("nothing like this");
  await page.keyboard.press("Enter");
  await expect(page.getByText("No tasks match these filters")).toBeVisible();
  await page.getByRole("link", { name: "clear the filters" }).click();
  await expect(page).not.toHaveURL(/[?&](status|platform|q)=/);
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect(rows(page)).toHaveCount(25);

  await page.getByLabel("Rows per page").selectOption("50");
  await expect(page).toHaveURL(/[?&]page_size=50(&|$)/);
  await expect(page.getByText("30 tasks · Page 1 of 1")).toBeVisible();
  await expect(rows(page)).toHaveCount(30);

  // Text search alone, in a fresh view: ten titles start with "Task 2".
  await page.goto(`${new URL(url).pathname}?q=Task+2`);
  await expect(rows(page)).toHaveCount(10);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("Task 2");
});

test("a task's page shows its fields; it can be disabled, then deleted after confirming", async ({ page }) => {
  await signUp(page);
  await createProject(page, "Details");
  const projectUrl = page.url();
  const form = page.getByRole("form", { name: "New task" });
  await form.getByLabel("Title").fill("Ping the status page");
  await form.getByLabel("Cron").fill("*/5 * * * *");
  await form.getByLabel("Handler").selectOption("http");
  await form.getByLabel("URL").fill("https://status.example.com/ping");
  await form.getByRole("button", { name: "Add task" }).click();
  await page.getByRole("table").getByRole("link", { name: "Ping the status page" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Ping the status page" })).toBeVisible();
  await expect(page.getByText("https://status.example.com/ping")).toBeVisible();
  await expect(page.getByRole("region", { name: "Schedule" }).getByText("*/5 * * * *")).toBeVisible();
  await expect(page.getByText("Every 5 minutes")).toBeVisible();
  await expect(page.getByRole("link", { name: "Details" })).toHaveAttribute("href", new URL(projectUrl).pathname);

  const toggle = page.getByRole("switch", { name: "Enabled" });
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("None while disabled")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("switch", { name: "Enabled" })).toHaveAttribute("aria-checked", "false");

  await page.getByRole("button", { name: "Delete task" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Delete task" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(projectUrl);
  await expect(page.getByText("No tasks yet — add one below or paste a batch into Bulk import")).toBeVisible();
});

test("an unknown or malformed task or project address is a 404 with the not-found page", async ({ page }) => {
  await signUp(page);
  for (const path of ["/projects/not-a-uuid", "/projects/00000000-0000-4000-8000-000000000000", "/tasks/00000000-0000-4000-8000-000000000000", "/tasks/42"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});
