// The Insights page: the demo tenant's platforms as the last reconcile computed them; a platform that gets its
// first task afterwards is listed as not computed yet (the page computes nothing) until an admin recomputes.
import { expect, test } from "@playwright/test";
import { signInDemo } from "./project-steps";

test("a tenant's insights by platform, a new platform shown as not computed until the admin's reconcile", async ({ page, browser }) => {
  await signInDemo(page, "alice@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
  const table = page.getByRole("table", { name: "By platform" });
  await expect(table.locator("tbody tr").filter({ hasText: "github" })).toContainText("2");
  await expect(table.locator("tbody tr").filter({ hasText: "internal" })).toBeVisible();
  await expect(page.getByRole("note")).toHaveCount(0);

  // A task on a platform Alice never used: listed, not computed.
  const origin = new URL(page.url()).origin;
  const projects = await (await page.request.get("/api/projects")).json();
  const website = projects.projects.find((p: { name: string }) => p.name === "Website");
  const created = await page.request.post(`/api/projects/${website.id}/tasks`, { headers: { origin }, data: { title: "Post release notes", platform: "zapier-e2e" } });
  expect(created.status()).toBe(201);
  await page.reload();
  await expect(page.getByRole("note")).toContainText("Not computed yet: zapier-e2e");
  await expect(table).not.toContainText("zapier-e2e");

  // The admin recomputes; Alice's next visit shows the platform.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInDemo(admin, "admin@example.com");
  expect((await admin.request.post("/api/admin/reconcile/platform-insights", { headers: { origin } })).status()).toBe(200);
  await adminContext.close();
  await page.reload();
  await expect(page.getByRole("note")).toHaveCount(0);
  await expect(table.locator("tbody tr").filter({ hasText: "zapier-e2e" })).toContainText("1");
});
