// Every admin POST — the four reconciles and the import — writes exactly one audit_log row with its actor,
// parameters, result or error, and status: when it succeeds, when the route refuses its input (400), and when
// the action itself fails (500, its writes rolled back). GET /api/admin/audit-log filters by action and actor.
// Each test acts as its own administrator, so the rows it counts are its own on the shared app database.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditLog, taskExecutionLogs } from "@/drizzle";
import { connect, type Database } from "@/lib/db/connect";
import { baseUrl, call, signUp, type Caller } from "./http-client";

let database: Database;
let admin: Caller;
let failing: Caller;

const LEGACY_HEADER = "legacy_id,user_id,task_id,task_name,status,scheduled_for,started_at,finished_at,duration_ms,attempt,error";

interface AdminPost {
  action: string;
  path: string;
  /** A body the route accepts, and one it refuses with a 400. */
  good: { body: string; type: string };
  bad: { body: string; type: string };
}

const json = (value: unknown) => ({ body: JSON.stringify(value), type: "application/json" });

const POSTS: AdminPost[] = [
  { action: "reconcile.execution_log_identity", path: "/api/admin/reconcile/execution-log-identity", good: json({ batch_size: 50, max_batches: 1 }), bad: json({ batch_size: 0 }) },
  { action: "reconcile.stale_executions", path: "/api/admin/reconcile/stale-executions", good: json({}), bad: json({ everything: true }) },
  { action: "reconcile.platform_insights", path: "/api/admin/reconcile/platform-insights", good: json({}), bad: json({ tenant: "alice" }) },
  { action: "reconcile.report_execution_links", path: "/api/admin/reconcile/report-execution-links", good: json({}), bad: json([1]) },
  {
    action: "import.legacy_execution_logs",
    path: "/api/admin/import/legacy-execution-logs",
    good: { body: `${LEGACY_HEADER}\n880001,,9,Audit probe,succeeded,2024-03-01T00:00:00Z,,,,1,`, type: "text/csv" },
    bad: { body: "legacy_id,owner\n880002,x", type: "text/csv" },
  },
];

async function post(caller: Caller, path: string, { body, type }: { body: string; type: string }) {
  return fetch(`${baseUrl()}${path}`, { method: "POST", headers: { origin: baseUrl(), cookie: caller.cookie!, "content-type": type }, body });
}

async function rowsOf(caller: Caller, action: string) {
  return database.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.actorUserId, caller.userId!))).orderBy(auditLog.id);
}

beforeAll(async () => {
  database = connect(inject("appDatabaseUrl"), { driver: "pg", max: 2 });
  admin = await signUp(database.db, "audit-admin@example.com", { admin: true });
  failing = await signUp(database.db, "audit-failing-admin@example.com", { admin: true });
  // Failure injection, scoped to one administrator: the success row of any of their actions is refused, so the
  // action's transaction fails at its very end — exactly like a statement failing inside it.
  await database.db.execute(sql.raw(`
    create or replace function test_refuse_success_audit() returns trigger language plpgsql as $$
    begin
      if new.actor_user_id = '${failing.userId}' and new.status = 'succeeded' then
        raise exception 'injected failure for the audit test';
      end if;
      return new;
    end $$;
    create trigger test_refuse_success_audit before insert on audit_log for each row execute function test_refuse_success_audit();
  `));
});

afterAll(async () => {
  await database.db.execute(sql`drop trigger if exists test_refuse_success_audit on audit_log`);
  await database?.close();
});

describe("every admin POST writes one audit row", () => {
  for (const route of POSTS) {
    it(`${route.action}: one succeeded row with actor, parameters and the answer`, async () => {
      const response = await post(admin, route.path, route.good);
      expect(response.status).toBe(200);
      const answer = await response.json();
      const rows = await rowsOf(admin, route.action);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actorUserId: admin.userId, status: "succeeded", params: expect.any(Object) });
      // The row keeps the answer (the import keeps its counts, not the whole list of rejected lines).
      const { rejected: _rejected, ...counts } = answer;
      expect(rows[0]!.result).toMatchObject(route.action === "import.legacy_execution_logs" ? counts : answer);
      if (route.action === "reconcile.execution_log_identity") expect(rows[0]!.params).toEqual({ batch_size: 50, max_batches: 1 });
    });

    it(`${route.action}: a refused request is one failed row with the error, and the answer is a 400 problem`, async () => {
      const before = (await rowsOf(admin, route.action)).length;
      const response = await post(admin, route.path, route.bad);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const rows = await rowsOf(admin, route.action);
      expect(rows).toHaveLength(before + 1);
      expect(rows.at(-1)).toMatchObject({ status: "failed", result: { error: expect.any(String) } });
      if (route.good.type === "application/json") expect(rows.at(-1)!.params).toEqual(JSON.parse(route.bad.body));
    });

    it(`${route.action}: an action that fails is one failed row with its error, and a 500 that leaks nothing`, async () => {
      const response = await post(failing, route.path, route.good);
      expect(response.status).toBe(500);
      const problem = await response.json();
      expect(JSON.stringify(problem)).not.toContain("injected failure");
      const rows = await rowsOf(failing, route.action);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: "failed", result: { error: expect.stringContaining("injected failure for the audit test") } });
    });
  }

  it("the failed import was rolled back with its audit row: the probe line was imported once, by the admin whose call succeeded", async () => {
    const rows = await database.db.select().from(taskExecutionLogs).where(eq(taskExecutionLogs.legacyId, 880001));
    expect(rows).toHaveLength(1);
    const succeeded = (await rowsOf(admin, "import.legacy_execution_logs")).filter((r) => r.status === "succeeded");
    expect(succeeded.map((r) => (r.result as { imported: number }).imported)).toEqual([1]);
  });
});

describe("GET /api/admin/audit-log", () => {
  it("filters by action and by actor, with the actor's email, newest first", async () => {
    const page = await (await call(admin, "GET", `/api/admin/audit-log?action=reconcile.platform_insights&actor_user_id=${admin.userId}`)).json();
    expect(page.total_count).toBe(2);
    expect(page.entries.map((e: { status: string }) => e.status)).toEqual(["failed", "succeeded"]);
    expect(page.entries[0]).toMatchObject({ action: "reconcile.platform_insights", actor_user_id: admin.userId, actor_email: "audit-admin@example.com" });

    const failingOnly = await (await call(admin, "GET", `/api/admin/audit-log?actor_user_id=${failing.userId}&page_size=2`)).json();
    expect(failingOnly).toMatchObject({ total_count: 5, page: 1, page_size: 2, total_pages: 3 });
    expect(new Set(failingOnly.entries.map((e: { actor_user_id: string }) => e.actor_user_id))).toEqual(new Set([failing.userId]));
  });

  it("an unknown action is a 400 that names the valid ones", async () => {
    const response = await call(admin, "GET", "/api/admin/audit-log?action=reconcile.everything");
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("reconcile.platform_insights");
  });
});
