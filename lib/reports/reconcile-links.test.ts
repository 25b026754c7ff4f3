// Linking weeks written before execution tracking, on a legacy-shaped data set: weeks with execution_id NULL,
// executions recorded with their range and timing (some only with params.collection_id, as the old system kept
// them). Checks which weeks are linked, which stay unresolved and why, idempotence and two reconciles at once.
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertTenant } from "@/test/harness/tenants";
import { linkLegacyReportWeeks } from "./reconcile-links.sql";
import { weekPopulation } from "./verification.sql";

const t = setupTestDatabase();
const TENANT = "tenant-a";

const ids = {
  q3: "00000000-0000-4000-8000-0000000000c3",
  q4: "00000000-0000-4000-8000-0000000000c4",
  // Executions of Q3: E1 wrote weeks 1–2 alone; E2 and E3 overlap in time and range over week 3.
  e1: "00000000-0000-4000-8000-0000000000e1",
  e2: "00000000-0000-4000-8000-0000000000e2",
  e3: "00000000-0000-4000-8000-0000000000e3",
  // An execution of Q4 recorded the old way: no collection_id column, the collection only in params.
  e4: "00000000-0000-4000-8000-0000000000e4",
};

async function execution(id: string, collection: string | null, params: Record<string, unknown>, started: string, finished: string | null) {
  await t.db.execute(sql`
    insert into workflow_executions (id, user_id, kind, status, params, collection_id, started_at, finished_at, created_at)
    values (${id}, ${TENANT}, 'report_collection', ${finished ? "succeeded" : "running"}, ${JSON.stringify(params)}::jsonb, ${collection},
            ${started}::timestamptz, ${finished}::timestamptz, ${started}::timestamptz)`);
}

async function week(collection: string, start: string, writtenAt: string, executionId: string | null = null) {
  await t.db.execute(sql`
    insert into report_data_weeks (collection_id, week_start_date, week_end_date, status, execution_id, data, created_at, updated_at)
    values (${collection}, ${start}::date, ${start}::date + 6, 'completed', ${executionId}, '{"runs": 1}'::jsonb, ${writtenAt}::timestamptz, ${writtenAt}::timestamptz)`);
}

/** Weeks 1–2 → E1, week 3 ambiguous (E2 and E3), the Q5 week without any execution, Q4's week → E4. */
const expectedLinks = () => ({
  "2026-07-06": ids.e1,
  "2026-07-13": ids.e1,
  "2026-07-20": null,
  "2026-07-27": null,
  "2026-10-05": ids.e4,
});

const links = async () =>
  Object.fromEntries(
    (await t.db.execute<{ week_start_date: string; execution_id: string | null }>(sql`select week_start_date::text, execution_id from report_data_weeks order by week_start_date`)).rows.map(
      (r) => [r.week_start_date, r.execution_id],
    ),
  );

beforeEach(async () => {
  await t.db.execute(sql`truncate workflow_executions, report_data_collections, "user" cascade`);
  await insertTenant(t.db, TENANT);
  await t.db.execute(sql`
    insert into report_data_collections (id, user_id, name, start_date, end_date) values
      (${ids.q3}, ${TENANT}, 'Q3', '2026-07-06', '2026-07-26'),
      (${ids.q4}, ${TENANT}, 'Q4', '2026-10-05', '2026-10-11')`);
  await execution(ids.e1, ids.q3, { start_date: "2026-07-06", end_date: "2026-07-19" }, "2026-08-01T10:00:00Z", "2026-08-01T10:05:00Z");
  await execution(ids.e2, ids.q3, { start_date: "2026-07-06", end_date: "2026-07-26" }, "2026-08-02T10:00:00Z", "2026-08-02T10:10:00Z");
  await execution(ids.e3, ids.q3, { start_date: "2026-07-20", end_date: "2026-07-26" }, "2026-08-02T10:05:00Z", null);
  await execution(ids.e4, null, { collection_id: ids.q4 }, "2026-10-12T06:00:00Z", "2026-10-12T06:01:00Z");

  await week(ids.q3, "2026-07-06", "2026-08-01T10:01:00Z"); // E1 only (E2 had not started) → linked to E1
  await week(ids.q3, "2026-07-13", "2026-08-01T10:04:00Z"); // E1 only → linked to E1
  await week(ids.q3, "2026-07-20", "2026-08-02T10:07:00Z"); // E2 and E3 both running then → ambiguous
  await t.db.execute(sql`insert into report_data_collections (id, user_id, name, start_date, end_date) values ('00000000-0000-4000-8000-0000000000c5', ${TENANT}, 'Q5', '2026-07-27', '2026-08-02')`);
  await week("00000000-0000-4000-8000-0000000000c5", "2026-07-27", "2026-08-03T09:00:00Z"); // no execution of its collection → unresolved
  await week(ids.q4, "2026-10-05", "2026-10-12T06:00:30Z"); // E4, matched by params.collection_id → linked
});

describe("POST /api/admin/reconcile/report-execution-links (the statement)", () => {
  it("links each week that exactly one execution of its collection covers, and counts the rest as unresolved", async () => {
    expect(await weekPopulation(t.db)).toMatchObject({ total_weeks: 5, weeks_with_execution_id: 0, population_percentage: 0 });
    expect(await linkLegacyReportWeeks(t.db)).toEqual({ linked: 3, unresolved: 2, unresolved_ambiguous: 1, unresolved_no_execution: 1 });
    expect(await links()).toEqual(expectedLinks());
    expect(await weekPopulation(t.db)).toEqual({ total_weeks: 5, weeks_with_execution_id: 3, population_percentage: 60, dangling_execution_ids: 0 });
  });

  it("is idempotent: a second run links nothing more and reports the same unresolved weeks", async () => {
    await linkLegacyReportWeeks(t.db);
    const after = await links();
    expect(await linkLegacyReportWeeks(t.db)).toEqual({ linked: 0, unresolved: 2, unresolved_ambiguous: 1, unresolved_no_execution: 1 });
    expect(await links()).toEqual(after);
  });

  it("leaves alone weeks that are already linked, and does not touch updated_at", async () => {
    await t.db.execute(sql`update report_data_weeks set execution_id = ${ids.e2} where week_start_date = '2026-07-06'`);
    const before = await t.db.execute<{ updated_at: string }>(sql`select updated_at::text from report_data_weeks order by week_start_date`);
    expect(await linkLegacyReportWeeks(t.db)).toMatchObject({ linked: 2 });
    expect((await links())["2026-07-06"]).toBe(ids.e2);
    expect((await t.db.execute(sql`select updated_at::text from report_data_weeks order by week_start_date`)).rows).toEqual(before.rows);
  });

  it("two reconciles at once leave what one leaves, and link each week once between them", async () => {
    const [a, b] = await Promise.all([linkLegacyReportWeeks(t.open(2).db), linkLegacyReportWeeks(t.open(2).db)]);
    expect(a.linked + b.linked).toBe(3);
    expect(await links()).toEqual(expectedLinks());
  });
});
