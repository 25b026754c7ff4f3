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

  // The console's verdict, at the top: step 3's line follows the identity figures.
  const verdict = page.getByRole("region", { name: /^Migrations: / });
  const step3 = verdict.getByRole("group", { name: /^Step 3 — execution-log identity/ });
  const pendingBefore = await number(page, "pending_backfill_rows");
  const totalBefore = await number(page, "total_rows");
  if (pendingBefore > 0) await expect(step3).toContainText("✗ NO-GO");

  const form = page.getByRole("form", { name: "Import legacy history" });
  const file = { name: "legacy.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) };
  await form.getByLabel(/Legacy execution logs/).setInputFiles(file);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Imported 1 row; skipped 0 already imported; rejected 1\./)).toBeVisible();
  const rejected = page.getByRole("table", { name: "Rejected lines" });
  await expect(rejected.getByRole("row").nth(1)).toContainText("3");
  await expect(rejected).toContainText("status must be one of");
  await expect(figure(page, "total_rows")).toHaveText((totalBefore + 1).toLocaleString("en-GB"));
  await expect(step3).toContainText("✗ NO-GO");

  await form.getByLabel(/Legacy execution logs/).setInputFiles(file);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Imported 0 rows; skipped 1 already imported; rejected 1\./)).toBeVisible();

  const card = page.getByRole("region", { name: "Backfill user_id_str" });
  await card.getByRole("button", { name: "Run backfill" }).click();
  await card.getByRole("group", { name: "Confirm: Run backfill" }).getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("progressbar", { name: "Backfill progress" })).toBeVisible();
  await expect(page.getByText(/Backfill complete: [\d,]+ rows updated\./)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Backfill progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(figure(page, "pending_backfill_rows")).toHaveText("0");
  await expect(step3).toContainText("✓ GO");
  await expect(card.getByRole("button", { name: "Run backfill" })).toBeDisabled();
  await expect(card.getByRole("list").first()).toContainText("✓ succeeded");

  const audit = page.getByRole("table", { name: "Audit log" });
  await expect(audit.getByText("import.legacy_execution_logs").first()).toBeVisible();
  await expect(audit.getByText("reconcile.execution_log_identity").first()).toBeVisible();
});

// Each single-call reconcile: confirm (or cancel), a progress indicator while it runs — the request is held
// until the test has seen it — its result, and its new entry under the card and in the audit log.
const RECONCILES = [
  { card: "Reap stale executions", button: "Reap stale runs", path: "/api/admin/reconcile/stale-executions", action: "reconcile.stale_executions", figure: "reaped" },
  { card: "Recompute platform insights", button: "Recompute insights", path: "/api/admin/reconcile/platform-insights", action: "reconcile.platform_insights", figure: "upserted" },
  { card: "Link legacy report weeks", button: "Link legacy weeks", path: "/api/admin/reconcile/report-execution-links", action: "reconcile.report_execution_links", figure: "linked" },
];

for (const r of RECONCILES) {
  test(`admin console: ${r.button} — confirm, progress, result, audit entry`, async ({ page }) => {
    await signInDemo(page, "admin@example.com");
    await page.goto("/admin");
    const card = page.getByRole("region", { name: r.card });
    const recent = card.getByRole("list");
    const entriesBefore = await recent.getByRole("listitem").count();

    // Cancel sends nothing.
    let sent = 0;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${r.path}`, async (route) => {
      sent += 1;
      await held;
      await route.continue();
    });
    await card.getByRole("button", { name: r.button }).click();
    await card.getByRole("button", { name: "Cancel" }).click();
    await expect(card.getByRole("button", { name: r.button })).toBeVisible();
    expect(sent).toBe(0);

    await card.getByRole("button", { name: r.button }).click();
    await expect(card.getByRole("group", { name: `Confirm: ${r.button}` })).toContainText("?");
    await card.getByRole("button", { name: "Confirm" }).click();
    await expect(card.getByRole("progressbar", { name: `${r.button}: running` })).toBeVisible();
    expect(sent).toBe(1);
    release();

    const result = card.getByRole("status", { name: `${r.button}: result` });
    await expect(result).toContainText("Done.");
    await expect(result.locator(`[data-result="${r.figure}"]`)).toHaveText(/^\d[\d,]*$/);
    await expect(card.getByRole("progressbar")).toHaveCount(0);
    // Its audit entry, under the card (the three newest) and in the audit log filtered to its action.
    await expect(recent.getByRole("listitem").first()).toContainText("✓ succeeded");
    await expect(recent.getByRole("listitem").first()).toContainText("by admin@example.com");
    if (entriesBefore < 3) await expect(recent.getByRole("listitem")).toHaveCount(entriesBefore + 1);
    await card.getByRole("link", { name: `All ${r.action} entries` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/audit-log\\?action=${r.action.replace(".", "\\.")}`));
    const rows = page.getByRole("table", { name: "Entries" }).locator("tbody tr");
    await expect(rows.first()).toContainText(r.action);
    await expect(rows.first()).toContainText("✓ succeeded");
  });
}

test("the audit log page: filter by action and administrator, pages in the URL", async ({ page }) => {
  await signInDemo(page, "admin@example.com");
  // Three entries at least, whatever ran before.
  for (let i = 0; i < 3; i++) {
    const response = await page.request.post("/api/admin/reconcile/platform-insights", { headers: { origin: new URL(page.url()).origin } });
    expect(response.status()).toBe(200);
  }
  await page.goto("/admin/audit-log");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption("reconcile.platform_insights");
  await expect(page).toHaveURL(/action=reconcile\.platform_insights/);
  const rows = page.getByRole("table", { name: "Entries" }).locator("tbody tr");
  await expect(rows.first()).toContainText("reconcile.platform_insights");
  for (const text of await rows.allInnerTexts()) expect(text).toContain("reconcile.platform_insights");

  await page.getByLabel("Administrator").selectOption({ label: "admin@example.com" });
  await expect(page).toHaveURL(/actor_user_id=/);
  await expect(rows.first()).toContainText("admin@example.com");

  // One entry per page: the pager moves through them and the URL says where.
  const url = new URL(page.url());
  url.searchParams.set("page_size", "1");
  await page.goto(url.toString());
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText(/Page 1 of \d+/);
  await pages.getByRole("button", { name: /Next/ }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages).toContainText(/Page 2 of \d+/);
  await expect(rows).toHaveCount(1);

  // Filters that match nothing explain themselves.
  await page.goto("/admin/audit-log?actor_user_id=nobody");
  await expect(page.getByText("No entries match these filters")).toBeVisible();
});

test("a tenant who is not an admin gets the 404 page for the audit log too, and a 403 from its API", async ({ page }) => {
  await signInDemo(page, "alice@example.com");
  expect((await page.goto("/admin/audit-log"))?.status()).toBe(404);
  const api = await page.request.get("/api/admin/audit-log");
  expect(api.status()).toBe(403);
  const reconcile = await page.request.post("/api/admin/reconcile/platform-insights", { headers: { origin: new URL(page.url()).origin } });
  expect(reconcile.status()).toBe(403);
});

test("a file that is neither CSV nor JSON is refused in the form, before anything is sent", async ({ page }) => {
  await signInDemo(page, "admin@example.com");
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Import legacy history" });
  await form.getByLabel(/Legacy execution logs/).setInputFiles({ name: "legacy.txt", mimeType: "text/plain", buffer: Buffer.from("legacy_id\n1") });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toContainText("neither .csv nor .json");
});
