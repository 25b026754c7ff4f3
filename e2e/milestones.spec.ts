// Milestones in the browser: add them on a project page, put a task in one from the New task form (the table and
// the task page show it), and name them by title in Bulk import — with "By title and milestone" the same title
// in two milestones is two tasks, importing again finds both, and an unknown title stops the import unsent.
import { expect, test, type Page } from "@playwright/test";
import { addMilestone, bulkImport, createProject, rows, signUp } from "./project-steps";

/** Counts the bulk-create requests the page sends from now on. */
function countBulkRequests(page: Page): () => number {
  let count = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/tasks:bulk")) count++;
  });
  return () => count;
}

test("a milestone is added (an empty or repeated title gets a field error) and a task created in it shows it in the table and on its page", async ({ page }) => {
  await signUp(page);
  await createProject(page, "Launch plan");
  await expect(page.getByText("No milestones yet", { exact: true })).toBeVisible();
  const taskForm = page.getByRole("form", { name: "New task" });
  await expect(taskForm.getByLabel("Milestone")).toHaveAccessibleDescription(/no milestones yet/);

  const milestoneForm = page.getByRole("form", { name: "Add milestone" });
  await milestoneForm.getByRole("button", { name: "Add milestone" }).click();
  await expect(milestoneForm.getByText("Give the milestone a title.")).toBeVisible();
  await expect(milestoneForm.getByLabel("Milestone title")).toHaveAttribute("aria-invalid", "true");

  await addMilestone(page, "Beta");
  await addMilestone(page, "Launch");
  await milestoneForm.getByLabel("Milestone title").fill(" beta ");
  await milestoneForm.getByRole("button", { name: "Add milestone" }).click();
  await expect(milestoneForm.getByLabel("Milestone title")).toHaveAccessibleDescription(/already has a milestone called “Beta”/);
  // Oldest first, and the duplicate was not added.
  await expect(page.getByRole("list", { name: "Milestones" }).getByRole("listitem")).toHaveText(["Beta", "Launch"]);

  await expect(taskForm.getByLabel("Milestone").getByRole("option")).toHaveText(["No milestone", "Beta", "Launch"]);
  await taskForm.getByLabel("Title").fill("Pricing page");
  await taskForm.getByLabel("Milestone").selectOption({ label: "Launch" });
  await taskForm.getByRole("button", { name: "Add task" }).click();
  await expect(taskForm.getByRole("status")).toContainText("Added Pricing page");
  await expect(taskForm.getByLabel("Milestone")).toHaveValue("");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Milestone: Launch");

  await page.getByRole("table").getByRole("link", { name: "Pricing page" }).click();
  await expect(page.getByRole("region", { name: "Task", exact: true })).toContainText("Launch");
});

test("bulk import names milestones by title: the same title in two milestones is two tasks, a second import finds them all, and an unknown title is a line error with nothing sent", async ({ page }) => {
  await signUp(page);
  await createProject(page, "Releases");
  await addMilestone(page, "Beta");
  await addMilestone(page, "Launch");
  const importForm = page.getByRole("form", { name: "Bulk import" });
  await expect(importForm.getByLabel("Tasks to import")).toHaveAccessibleDescription(/milestone/);
  await importForm.getByLabel("When a task already exists").selectOption("title_and_milestone");

  const csv = "title,milestone\nWrite release notes,Beta\nwrite release notes, launch \nFix sign-in,\n";
  await bulkImport(page, csv);
  await expect(importForm.getByRole("status")).toHaveText("3 created, 0 already existed.");
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).filter({ hasText: "Beta" })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: "Launch" })).toHaveCount(1);

  await page.getByRole("button", { name: "Import tasks" }).click();
  await expect(importForm.getByRole("status")).toHaveText("0 created, 3 already existed.");
  // JSON lines name the milestone with a "milestone" key; the title's case doesn't matter.
  await bulkImport(page, '{"title": "Write release notes", "milestone": "BETA"}\n{"title": "Write release notes"}');
  await expect(importForm.getByRole("status")).toHaveText("1 created, 1 already existed.");
  await expect(rows(page)).toHaveCount(4);

  const sent = countBulkRequests(page);
  await bulkImport(page, "title,milestone\nShip it,Launch\nPolish,Beta\nCelebrate,Gamma\n");
  await expect(importForm.getByRole("list", { name: "Problems by line" })).toHaveText("Line 4: No milestone called “Gamma” in this project — add it under Milestones first.");
  await expect(importForm.getByRole("alert")).toContainText("nothing was sent");
  expect(sent()).toBe(0);
  await page.reload();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByRole("table").getByRole("link", { name: "Ship it" })).toHaveCount(0);
});
