// The admin page's migration tools on the demo data (whose legacy import leaves rows waiting for the
// backfill): the report starts at NO-GO; a CSV import through the file input reports its rejected line and,
// imported again, adds nothing; the backfill shows its progress and ends at GO; the audit log lists both.
// Non-admins get a 404.
import { expect, test } from "@playwright/test";
import { signInDemo } from "./project-steps";

const CSV = [
  "legacy_id,user_id,task_id,task_name,status,scheduled_for,started_at,finished_at,duration_ms,attempt,error",
  "990001,1042,7,Nightly invoice export,succeeded,2024-05-01T01:00:00Z,2024-05-01T01:00:01Z,2024-05-01T01:00:03Z,,1,",
  "990002,1042,7,Nightly invoice export,done,2024-05-02T01:00:00Z,,,,1,",
].join("\n");

const figure = (page: import("@playwright/test").Page, key: string) => page.locator(`[data-figure="${key}"]`);
const number = async (page: import("@playwright/test").Page, key: string) => Number((await figure(page, key).innerText()).replace(/,/g, ""));

test("a tenant who is not an admin gets the 404 page", async ({ page }) => {
  await signInDemo(page, "alice@example.com");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
});

test("import legacy history, backfill it with a progress bar, and reach GO; every action is in the audit log", async ({ page }) => {
  await signInDemo(page, "admin@example.com");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();

  const verdict = page.getByRole("region", { name: /GO/ });
  const pendingBefore = await number(page, "pending_backfill_rows");
  const totalBefore = await number(page, "total_rows");
  if (pendingBefore > 0) await expect(verdict).toContainText("✗ NO-GO");

  const form = page.getByRole("form", { name: "Import legacy history" });
  const file = { name: "legacy.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) };
  await form.getByLabel(/Legacy execution logs/).setInputFiles(file);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Imported 1 row; skipped 0 already imported; rejected 1\./)).toBeVisible();
  const rejected = page.getByRole("table", { name: "Rejected lines" });
  await expect(rejected.getByRole("row").nth(1)).toContainText("3");
  await expect(rejected).toContainText("status must be one of");
  await expect(figure(page, "total_rows")).toHaveText((totalBefore + 1).toLocaleString("en-GB"));
  await expect(verdict).toContainText("✗ NO-GO");

  await form.getByLabel(/Legacy execution logs/).setInputFiles(file);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Imported 0 rows; skipped 1 already imported; rejected 1\./)).toBeVisible();

  await page.getByRole("button", { name: "Run backfill" }).click();
  await expect(page.getByRole("progressbar", { name: "Backfill progress" })).toBeVisible();
  await expect(page.getByText(/Backfill complete: [\d,]+ rows updated\./)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Backfill progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(figure(page, "pending_backfill_rows")).toHaveText("0");
  await expect(verdict).toContainText("✓ GO");
  await expect(page.getByRole("button", { name: "Run backfill" })).toBeDisabled();

  const audit = page.getByRole("table", { name: "Audit log" });
  await expect(audit.getByText("import.legacy_execution_logs").first()).toBeVisible();
  await expect(audit.getByText("reconcile.execution_log_identity").first()).toBeVisible();
});

test("a file that is neither CSV nor JSON is refused in the form, before anything is sent", async ({ page }) => {
  await signInDemo(page, "admin@example.com");
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Import legacy history" });
  await form.getByLabel(/Legacy execution logs/).setInputFiles({ name: "legacy.txt", mimeType: "text/plain", buffer: Buffer.from("legacy_id\n1") });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toContainText("neither .csv nor .json");
});
