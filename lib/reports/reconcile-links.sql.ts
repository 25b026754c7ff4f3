// Linking weeks written before execution tracking (execution_id NULL) to the workflow execution that wrote them,
// where the records allow exactly one answer. A workflow execution "covers" a week when it is an execution of the
// week's collection (its collection_id, or params.collection_id for executions recorded before that column), the
// week lies in the execution's range (params start_date/end_date, when it recorded them), and the week was last
// written while the execution ran (between its start and its end; an execution still open has no end).
// Exactly one covering execution → linked. None, or several → left NULL and counted as unresolved: no record
// says which one wrote it, and a guess would be a false link.
//
// One statement. Idempotent: a linked week is no longer NULL, so a second run finds only the unresolved ones
// again. Race-safe: the UPDATE re-checks `execution_id is null` on the row's latest version, so a week that a
// collection run (or a concurrent reconcile) wrote meanwhile is left as that writer left it. updated_at is not
// touched: the week's data did not change, and its time is the evidence the link rests on.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

export interface ReportLinkResult {
  linked: number;
  unresolved: number;
  /** Of the unresolved: weeks that several executions cover. */
  unresolved_ambiguous: number;
  /** Of the unresolved: weeks that no recorded execution covers (or whose execution was deleted). */
  unresolved_no_execution: number;
}

const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

export async function linkLegacyReportWeeks(db: Db): Promise<ReportLinkResult> {
  const param = (key: string) => sql`case when we.params->>${key} ~ ${DATE_PATTERN} then (we.params->>${key})::date end`;
  const result = await db.execute<{ linked: number; ambiguous: number; no_execution: number }>(sql`
    with candidates as (
      select w.id as week_id, count(we.id)::int as matches, (array_agg(we.id))[1] as execution_id
      from report_data_weeks w
      left join workflow_executions we
        on we.kind = 'report_collection'
       and coalesce(we.collection_id::text, we.params->>'collection_id') = w.collection_id::text
       and w.week_end_date >= coalesce(${param("start_date")}, w.week_end_date)
       and w.week_start_date <= coalesce(${param("end_date")}, w.week_start_date)
       and coalesce(w.updated_at, w.created_at) >= coalesce(we.started_at, we.created_at)
       and coalesce(w.updated_at, w.created_at) <= coalesce(we.finished_at, 'infinity')
      where w.execution_id is null
      group by w.id
    ),
    linked as (
      update report_data_weeks w set execution_id = c.execution_id
      from candidates c
      where w.id = c.week_id and c.matches = 1 and w.execution_id is null
      returning w.id
    )
    select (select count(*) from linked)::int as linked,
           (select count(*) from candidates where matches > 1)::int as ambiguous,
           (select count(*) from candidates where matches = 0)::int as no_execution
  `);
  const row = result.rows[0]!;
  const ambiguous = Number(row.ambiguous);
  const noExecution = Number(row.no_execution);
  return { linked: Number(row.linked), unresolved: ambiguous + noExecution, unresolved_ambiguous: ambiguous, unresolved_no_execution: noExecution };
}
