// docs/runbook.md's alert queries, run exactly as written (taken from the file) against a migrated database:
// each returns one row, none fires on a healthy instance, and each fires once its condition is made true.
import { readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { runTick } from "@/lib/scheduler/tick";
import { setupTestDatabase } from "./harness/test-database";
import { insertProject, insertTenant } from "./harness/tenants";

const t = setupTestDatabase();

interface Alert {
  title: string;
  query: string;
}

/** Every "### Title" of the runbook with the first ```sql block under it. */
async function runbookAlerts(): Promise<Alert[]> {
  const text = await readFile("docs/runbook.md", "utf8");
  const alerts: Alert[] = [];
  for (const section of text.split(/^### /m).slice(1)) {
    const title = section.slice(0, section.indexOf("\n")).trim();
    const block = /```sql\n([\s\S]*?)```/.exec(section);
    if (block) alerts.push({ title, query: block[1]!.trim() });
  }
  return alerts;
}

async function evaluate(alert: Alert): Promise<Record<string, unknown>> {
  const result = await t.db.execute<Record<string, unknown>>(sql.raw(alert.query));
  expect(result.rows, `${alert.title}: exactly one row`).toHaveLength(1);
  expect(typeof result.rows[0]!.firing, `${alert.title}: a boolean firing column`).toBe("boolean");
  return result.rows[0]!;
}

let alerts: Alert[];

beforeAll(async () => {
  alerts = await runbookAlerts();
});

describe("docs/runbook.md alert queries", () => {
  it("covers the required alerts, each with its query", () => {
    expect(alerts.map((a) => a.title)).toEqual(
      expect.arrayContaining([
        "Leader lease not renewed for 3 minutes",
        "Runs `running` past their lease for 5 minutes",
        "Failure rate over 20 % in 15 minutes",
        "Tick duration near its budget",
        "Unresolved identity rows > 0",
        "Report population < 100 %",
      ]),
    );
  });

  it("none fires on a healthy instance (a leader just ticked, nothing stuck, nothing unresolved)", async () => {
    expect((await runTick(t.db, { holder: "runbook-leader" })).leader).toBe(true);
    for (const alert of alerts) expect(await evaluate(alert), alert.title).toMatchObject({ firing: false });
  });

  it("each fires once its condition holds", async () => {
    const tenant = await insertTenant(t.db, "runbook-tenant");
    const project = await insertProject(t.db, tenant);
    const task = (await t.db.execute<{ id: string }>(sql`insert into tasks (project_id, user_id, title) values (${project}, ${tenant}, 'probe') returning id`)).rows[0]!.id;
    await t.db.execute(sql`update scheduler_leases set last_tick_at = now() - interval '10 minutes', last_tick_duration_ms = 24000, last_tick_budget_ms = 25000`);
    await t.db.execute(sql`
      insert into task_execution_logs (task_id, user_id_str, status, scheduled_for, started_at, attempt, locked_by, lease_expires_at, available_at, trigger)
      values (${task}, ${tenant}, 'running', now() - interval '20 minutes', now() - interval '20 minutes', 1, 'gone-worker', now() - interval '10 minutes', now() - interval '20 minutes', 'schedule'),
             (${task}, ${tenant}, 'queued', now() - interval '10 minutes', null, 1, null, null, now() - interval '10 minutes', 'schedule')`);
    await t.db.execute(sql`insert into task_execution_logs (status, scheduled_for) values ('succeeded', now() - interval '1 day')`);
    await t.db.execute(sql`
      insert into scheduler_events (type, task_id, user_id)
      select case when i <= 3 then 'failed' else 'succeeded' end, ${task}::uuid, ${tenant} from generate_series(1, 10) as i`);
    const collection = (await t.db.execute<{ id: string }>(sql`
      insert into report_data_collections (user_id, name, start_date, end_date) values (${tenant}, 'Probe', '2026-09-07', '2026-09-13') returning id`)).rows[0]!.id;
    await t.db.execute(sql`
      insert into workflow_executions (user_id, kind, status, collection_id, created_at) values (${tenant}, 'report_collection', 'running', ${collection}, now() - interval '2 hours')`);
    await t.db.execute(sql`
      insert into report_data_weeks (collection_id, week_start_date, week_end_date, status, data) values (${collection}, '2026-09-07', '2026-09-13', 'completed', '{}')`);
    await t.db.execute(sql`insert into audit_log (actor_user_id, action, params, result, status) values ('someone', 'reconcile.stale_executions', '{}', '{"error": "probe"}', 'failed')`);

    const firing = Object.fromEntries(await Promise.all(alerts.map(async (a) => [a.title, (await evaluate(a)).firing] as const)));
    expect(firing).toEqual(Object.fromEntries(alerts.map((a) => [a.title, true])));
    const failureRate = await evaluate(alerts.find((a) => a.title.startsWith("Failure rate"))!);
    // count() is bigint and round() numeric: both drivers hand them over as text, as psql prints them.
    expect(failureRate).toMatchObject({ outcomes: "10", failures: "3", failure_percent: "30.0" });
  });
});
