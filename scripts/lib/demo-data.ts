// Demo data for a fresh local database: two tenants with a few projects and tasks, and an administrator.
// Users are created through Better Auth itself, so their passwords are hashed exactly as sign-up would.
// Safe to run twice: an existing demo user is left as it is.
import { eq } from "drizzle-orm";
import { projects, tasks, user } from "@/drizzle";
import { createAuth } from "@/lib/auth/config";
import type { Db } from "@/lib/db/connect";
import { nextRunAfter } from "@/lib/tasks/schedule";

export const DEMO_PASSWORD = "tickboard-demo";

export const DEMO_USERS = [
  { email: "alice@example.com", name: "Alice (tenant)", admin: false },
  { email: "bob@example.com", name: "Bob (tenant)", admin: false },
  { email: "admin@example.com", name: "Admin", admin: true },
] as const;

type DemoTask = {
  title: string;
  platform?: string;
  cron?: string;
  timezone?: string;
  handlerKind?: "noop" | "http" | "report_collection";
  status?: "open" | "in_progress" | "done";
  externalId?: string;
};

const DEMO_PROJECTS: Record<string, { name: string; tasks: DemoTask[] }[]> = {
  "alice@example.com": [
    {
      name: "Website",
      tasks: [
        { title: "Heartbeat", cron: "* * * * *", timezone: "UTC", platform: "internal", externalId: "demo:heartbeat" },
        { title: "Nightly backup", cron: "30 2 * * *", timezone: "America/New_York", platform: "internal" },
        { title: "Sync GitHub issues", cron: "*/15 * * * *", timezone: "Europe/Berlin", platform: "github" },
        { title: "Review stale pull requests", platform: "github", status: "in_progress" },
      ],
    },
    {
      name: "Reporting",
      tasks: [
        { title: "Weekly run report", cron: "0 8 * * 1", timezone: "Europe/London", handlerKind: "report_collection", platform: "internal" },
        { title: "Archive last quarter", status: "done" },
      ],
    },
  ],
  "bob@example.com": [
    {
      name: "Data pipeline",
      tasks: [
        { title: "Heartbeat", cron: "* * * * *", timezone: "UTC", platform: "internal", externalId: "demo:heartbeat" },
        { title: "Import Linear tickets", cron: "0 * * * *", timezone: "Asia/Tokyo", platform: "linear" },
        { title: "Clean up temp tables", cron: "0 3 * * 0", timezone: "Australia/Sydney" },
      ],
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
    const { user: created } = await auth.api.signUpEmail({ body: { email: demo.email, password: DEMO_PASSWORD, name: demo.name } });
    if (demo.admin) await db.update(user).set({ role: "admin" }).where(eq(user.id, created.id));
    await seedProjects(db, created.id, DEMO_PROJECTS[demo.email] ?? []);
    result.created.push(demo.email);
  }
  return result;
}

async function seedProjects(db: Db, userId: string, list: { name: string; tasks: DemoTask[] }[]) {
  for (const p of list) {
    const [project] = await db.insert(projects).values({ userId, name: p.name }).returning({ id: projects.id });
    if (!project || p.tasks.length === 0) continue;
    await db.insert(tasks).values(
      p.tasks.map((t) => ({
        projectId: project.id,
        userId,
        title: t.title,
        platform: t.platform ?? null,
        status: t.status ?? "open",
        externalId: t.externalId ?? null,
        cron: t.cron ?? null,
        timezone: t.cron ? (t.timezone ?? "UTC") : null,
        nextRunAt: t.cron ? nextRunAfter(t.cron, t.timezone ?? "UTC") : null,
        handlerKind: t.handlerKind ?? "noop",
      })),
    );
  }
}

export function demoLoginsText(): string {
  const lines = DEMO_USERS.map((u) => `    ${u.email.padEnd(20)} ${DEMO_PASSWORD}${u.admin ? "   (admin)" : ""}`);
  return ["  Demo logins (email / password):", ...lines].join("\n");
}
