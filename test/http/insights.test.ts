// Platform insights over HTTP: GET /api/insights reads only — a platform without a row is listed in
// missing_platforms and nothing is computed — and the admin reconcile computes them; ten concurrent
// reconciles answer 200 and leave the rows one leaves.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connect, type Database } from "@/lib/db/connect";
import { call, signUp, type Caller } from "./http-client";

let database: Database;
let tenant: Caller;
let admin: Caller;

const insightCount = async () => Number((await database.db.execute<{ n: number }>(sql`select count(*)::int as n from platform_insights where user_id = ${tenant.userId}`)).rows[0]!.n);

beforeAll(async () => {
  database = connect(inject("appDatabaseUrl"), { driver: "pg", max: 2 });
  tenant = await signUp(database.db, "insights-tenant@example.com");
  admin = await signUp(database.db, "insights-admin@example.com", { admin: true });
  const { project } = await (await call(tenant, "POST", "/api/projects", { name: "Insights" })).json();
  for (const [title, platform] of [["A", "stripe"], ["B", "stripe"], ["C", "slack"], ["D", undefined]] as const) {
    expect((await call(tenant, "POST", `/api/projects/${project.id}/tasks`, { title, ...(platform ? { platform } : {}) })).status).toBe(201);
  }
});
afterAll(() => database?.close());

describe("GET /api/insights", () => {
  it("before a reconcile: no insights, the tenant's platforms listed as missing, and nothing stored", async () => {
    const response = await call(tenant, "GET", "/api/insights");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ insights: [], missing_platforms: ["slack", "stripe"] });
    expect(await insightCount()).toBe(0);
  });

  it("after the admin's reconcile: one row per platform in API.md's shape", async () => {
    const reconcile = await call(admin, "POST", "/api/admin/reconcile/platform-insights");
    expect(reconcile.status).toBe(200);
    const result = await reconcile.json();
    expect(Object.keys(result).sort()).toEqual(["removed", "tenants", "upserted"]);
    expect(result.upserted).toBeGreaterThanOrEqual(2);

    const body = await (await call(tenant, "GET", "/api/insights")).json();
    expect(body.missing_platforms).toEqual([]);
    expect(body.insights).toEqual([
      { platform: "slack", tasks: 1, runs_7d: 0, success_rate_7d: null, last_run_at: null, computed_at: expect.any(String) },
      { platform: "stripe", tasks: 2, runs_7d: 0, success_rate_7d: null, last_run_at: null, computed_at: expect.any(String) },
    ]);
  });

  it("ten concurrent reconciles: all 200, no duplicate (user, platform), the same rows as one", async () => {
    const snapshot = async () =>
      (await database.db.execute(sql`select user_id, platform, tasks, runs_7d, success_rate_7d, last_run_at from platform_insights order by user_id, platform`)).rows;
    const once = await snapshot();
    const responses = await Promise.all(Array.from({ length: 10 }, () => call(admin, "POST", "/api/admin/reconcile/platform-insights")));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const duplicates = await database.db.execute(sql`select user_id, platform from platform_insights group by 1, 2 having count(*) > 1`);
    expect(duplicates.rows).toEqual([]);
    // Other test files' tenants share this database, but nothing changes their tasks or runs meanwhile.
    expect(await snapshot()).toEqual(once);
  });
});
