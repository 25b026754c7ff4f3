// Editing a task on its page: the Edit disclosure opens a form on the task's values; saving sends only what
// changed (the page and the project's table show it), a cleared cron removes the schedule, "nothing changed" is
// said rather than sent, a taken external ID is reported at its field, and an http task keeps its headers.
import { expect, test, type Page } from "@playwright/test";
import { addMilestone, createProject, rows, signUp } from "./project-steps";

async function addTask(page: Page, fields: { title: string; externalId?: string; cron?: string }) {
  const form = page.getByRole("form", { name: "New task" });
  await form.getByLabel("Title").fill(fields.title);
  await form.getByLabel("External ID").fill(fields.externalId ?? "");
  await form.getByLabel("Cron").fill(fields.cron ?? "");
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByRole("status")).toContainText(`Added ${fields.title}`);
}

/** Counts the PATCH requests the page sends from now on. */
function countPatches(page: Page): () => number {
  let count = 0;
  page.on("request", (request) => {
    if (request.method() === "PATCH") count++;
  });
  return () => count;
}

test("the edit form changes a task's title, schedule and milestone, clears its schedule, and reports a taken external ID at the field", async ({ page }) => {
  await signUp(page);
  await createProject(page, "Edits");
  const projectUrl = page.url();
  await addMilestone(page, "Beta");
  await addTask(page, { title: "Nightly export", externalId: "export-1", cron: "0 3 * * *" });
  await addTask(page, { title: "Weekly report", externalId: "report-1" });
  await page.getByRole("table").getByRole("link", { name: "Nightly export" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nightly export" })).toBeVisible();

  const edit = page.getByRole("button", { name: "Edit task" });
  await expect(edit).toHaveAttribute("aria-expanded", "false");
  await edit.click();
  await expect(edit).toHaveAttribute("aria-expanded", "true");
  const form = page.getByRole("form", { name: "Edit task" });
  await expect(form.getByLabel("Title")).toBeFocused();
  await expect(form.getByLabel("Title")).toHaveValue("Nightly export");
  await expect(form.getByLabel("Cron")).toHaveValue("0 3 * * *");

  // Nothing changed: said, not sent (the API would answer 400 to an empty patch).
  const patches = countPatches(page);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("status")).toContainText("Nothing changed");
  expect(patches()).toBe(0);

  await form.getByLabel("Title").fill("Nightly export v2");
  await form.getByLabel("Cron").fill("30 4 * * 1-5");
  await form.getByLabel("Timezone").fill("Europe/Berlin");
  await form.getByLabel("Milestone").selectOption({ label: "Beta" });
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(page.getByRole("heading", { level: 1, name: "Nightly export v2" })).toBeVisible();
  const schedule = page.getByRole("region", { name: "Schedule", exact: true });
  await expect(schedule).toContainText("30 4 * * 1-5");
  await expect(schedule).toContainText("Europe/Berlin");
  await expect(page.getByRole("region", { name: "Task", exact: true })).toContainText("Beta");

  await page.goto(projectUrl);
  const row = rows(page).filter({ hasText: "Nightly export v2" });
  await expect(row).toContainText("30 4 * * 1-5");
  await expect(row).toContainText("Europe/Berlin");
  await expect(row).toContainText("Beta");
  await row.getByRole("link", { name: "Nightly export v2" }).click();

  // A cleared cron clears the schedule.
  await page.getByRole("button", { name: "Edit task" }).click();
  await form.getByLabel("Cron").fill("");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect(schedule).toContainText("No schedule: this task runs only when triggered.");

  // An empty title and an external ID another task holds: each problem next to its field.
  await page.getByRole("button", { name: "Edit task" }).click();
  await form.getByLabel("Title").fill("");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Title")).toHaveAccessibleDescription(/Give the task a title\./);
  await form.getByLabel("Title").fill("Nightly export v2");
  await form.getByLabel("External ID").fill("report-1");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByLabel("External ID")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("External ID")).toHaveAccessibleDescription(/Another task in this project already has that external_id/);
  await expect(form.getByRole("alert")).toHaveText("Check the highlighted fields.");
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("region", { name: "Task", exact: true })).toContainText("export-1");
});

test("changing an http task's URL keeps its headers, the redacted secret included", async ({ page }) => {
  await signUp(page);
  await createProject(page, "Hooks");
  const projectId = new URL(page.url()).pathname.split("/").pop();
  // Headers can't be set in the UI; the API (same session cookie) creates the task with them.
  const created = await page.request.post(`/api/projects/${projectId}/tasks`, {
    data: {
      title: "Notify chat",
      handler: { kind: "http", config: { url: "https://chat.example.com/hook", method: "POST", headers: { Authorization: "Bearer s3cret", "X-Env": "prod" } } },
    },
  });
  expect(created.status()).toBe(201);
  const { task } = (await created.json()) as { task: { id: string } };

  await page.goto(`/tasks/${task.id}`);
  await page.getByRole("button", { name: "Edit task" }).click();
  const form = page.getByRole("form", { name: "Edit task" });
  // jsonb keeps its own key order, so either order is right.
  await expect(form.getByText(/Its headers \((Authorization, X-Env|X-Env, Authorization)\) are kept as they are/)).toBeVisible();
  await form.getByLabel("URL").fill("https://chat.example.com/hook/v2");
  await form.getByLabel("Method").selectOption("PUT");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  const handler = page.getByRole("region", { name: "Handler", exact: true });
  await expect(handler).toContainText("https://chat.example.com/hook/v2");
  await expect(handler).toContainText("PUT");
  await expect(handler).toContainText("Authorization: [redacted]");
  await expect(handler).toContainText("X-Env: prod");
});
