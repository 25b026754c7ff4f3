// Demo data for a fresh local database: three tenants with a few projects, tasks, runs and (Alice) weekly
// report collections, and an administrator. Users are created through Better Auth itself, so their passwords are hashed exactly as
// sign-up would — except Carol, who was brought over from the legacy scheduler with her old number as her id
// (as every legacy user was): her user and credential rows are written directly, with Better Auth's hasher.
// Safe to run twice: an existing demo user is left as it is.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import { account, user } from "@/drizzle";
import { createAuth } from "@/lib/auth/config";
import type { Db } from "@/lib/db/connect";
import { createMilestone, createProject } from "@/lib/projects";
import { bulkCreateSchema, bulkCreateTasks } from "@/lib/tasks";
import { seedDemoReports } from "./demo-reports";
import { importLegacyDemoHistory, LEGACY_DEMO_USER_ID, seedRecentRuns } from "./demo-runs";
import { upsertPlatformInsights } from "@/lib/insights";

export const DEMO_PASSWORD = "tickboard-demo";

export const DEMO_USERS = [
  { email: "alice@example.com", name: "Alice (tenant)", admin: false },
  { email: "bob@example.com", name: "Bob (tenant)", admin: false },
  { email: "carol@example.com", name: "Carol (legacy tenant)", admin: false, legacyId: LEGACY_DEMO_USER_ID },
  { email: "admin@example.com", name: "Admin", admin: true },
] as const satisfies readonly { email: string; name: string; admin: boolean; legacyId?: string }[];

// Written as API request bodies: the seed goes through the same validation and domain functions as the API.
type DemoTask = Record<string, unknown> & { title: string };
type DemoProject = { name: string; milestones?: string[]; tasks: (DemoTask & { milestone?: string })[] };

const DEMO_PROJECTS: Record<string, DemoProject[]> = {
  "alice@example.com": [
    {
      name: "Website",
      milestones: ["Launch", "After launch"],
      tasks: [
        { title: "Heartbeat", schedule: { cron: "* * * * *" }, platform: "internal", external_id: "demo:heartbeat" },
        { title: "Nightly backup", schedule: { cron: "30 2 * * *", timezone: "America/New_York" }, platform: "internal", milestone: "Launch" },
        { title: "Sync GitHub issues", schedule: { cron: "*/15 * * * *", timezone: "Europe/Berlin" }, platform: "github", milestone: "Launch" },
        { title: "Review stale pull requests", platform: "github", status: "in_progress", priority_score: 50, milestone: "After launch" },
        // Disabled: a demo should not call out to the internet until someone points it at a real URL.
        {
          title: "Ping the status page",
          schedule: { cron: "*/5 * * * *" },
          enabled: false,
          handler: { kind: "http", config: { url: "https://example.com/health", method: "GET" } },
          platform: "internal",
        },
      ],
    },
    {
      name: "Reporting",
      tasks: [
        { title: "Archive last quarter", status: "done" },
      ],
    },
  ],
  "bob@example.com": [
    {
      name: "Data pipeline",
      tasks: [
        { title: "Heartbeat", schedule: { cron: "* * * * *" }, platform: "internal", external_id: "demo:heartbeat" },
        { title: "Import Linear tickets", schedule: { cron: "0 * * * *", timezone: "Asia/Tokyo" }, platform: "linear" },
        { title: "Clean up temp tables", schedule: { cron: "0 3 * * 0", timezone: "Australia/Sydney" } },
      ],
    },
  ],
  "carol@example.com": [
    {
      name: "Finance",
      tasks: [{ title: "Nightly invoice export", schedule: { cron: "0 1 * * *", timezone: "Europe/Paris" }, platform: "internal" }],
    },
  ],
};

export interface SeedResult {
  created: string[];
  existing: string[];
}

export async function seedDemoData(db: Db): Promise<SeedResult> {
  const auth = createAuth(db);
  const result: SeedResult = { created: [], existing: [] };
  for (const demo of DEMO_USERS) {
    const [found] = await db.select({ id: user.id }).from(user).where(eq(user.email, demo.email));
    if (found) {
      result.existing.push(demo.email);
      continue;
    }
    const created =
      "legacyId" in demo
        ? await createLegacyUser(db, demo.legacyId, demo)
        : (await auth.api.signUpEmail({ body: { email: demo.email, password: DEMO_PASSWORD, name: demo.name } })).user;
    if (demo.admin) await db.update(user).set({ role: "admin" }).where(eq(user.id, created.id));
    await seedProjects(db, created.id, DEMO_PROJECTS[demo.email] ?? []);
    await seedRecentRuns(db, created.id);
    if (demo.email === "alice@example.com") await seedDemoReports(db, created.id);
    result.created.push(demo.email);
  }
  if (result.created.length > 0) {
    await importLegacyDemoHistory(db);
    // The Insights pages show what the admin reconcile last computed: compute it once over the demo runs.
    await upsertPlatformInsights(db);
  }
  return result;
}

async function createLegacyUser(db: Db, id: string, demo: { email: string; name: string }) {
  const [created] = await db.insert(user).values({ id, email: demo.email, name: demo.name, emailVerified: false }).returning({ id: user.id });
  await db.insert(account).values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: await hashPassword(DEMO_PASSWORD) });
  return created!;
}

async function seedProjects(db: Db, userId: string, list: DemoProject[]) {
  for (const p of list) {
    const project = await createProject(db, userId, { name: p.name });
    const milestoneIds = new Map<string, string>();
    for (const title of p.milestones ?? []) milestoneIds.set(title, (await createMilestone(db, userId, project.id, { title })).id);
    const items = p.tasks.map(({ milestone, ...body }) => ({ ...body, ...(milestone ? { milestone_id: milestoneIds.get(milestone) } : {}) }));
    await bulkCreateTasks(db, userId, project.id, bulkCreateSchema.parse({ tasks: items, duplicate_strategy: "external_id" }));
  }
}

export function demoLoginsText(): string {
  const lines = DEMO_USERS.map((u) => `    ${u.email.padEnd(20)} ${DEMO_PASSWORD}${u.admin ? "   (admin)" : ""}`);
  return ["  Demo logins (email / password):", ...lines].join("\n");
}
