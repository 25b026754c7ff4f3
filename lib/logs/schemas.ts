// Execution logs at the boundary (API.md "Scheduler"): the list filters a client may send and the
// ExecutionLog JSON it gets back. The keys `logs`, `total_count`, the pagination keys and the `task` object
// are the dashboard's contract (seed 000's go/no-go): test/http/logs.test.ts pins them.
import { z } from "zod";
import { EXECUTION_STATUSES, HANDLER_KINDS, RUN_TRIGGERS } from "@/drizzle";
import { apiSchema } from "@/lib/http/openapi/registry";
import { paginationQuery, sortQuery } from "@/lib/http/pagination";

export const logParams = z.object({ executionId: z.uuid().describe("The run's id.") });

export const LOG_SORT_COLUMNS = ["scheduled_for", "started_at", "finished_at", "duration_ms", "status", "attempt", "created_at"] as const;
export type LogSortColumn = (typeof LOG_SORT_COLUMNS)[number];

export const Q_MAX = 200;

// `from`/`to` take an ISO-8601 instant, or a calendar date meaning that whole UTC day: `from=2026-11-01`
// starts at its midnight, `to=2026-11-30` includes the 30th.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const instant = (bound: "from" | "to") =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      error: `${bound} must be an ISO-8601 date (2026-11-01) or date-time with offset (2026-11-01T09:00:00Z).`,
    })
    .transform((value) => {
      if (!DATE_ONLY.test(value)) return { at: new Date(value), inclusive: true };
      const day = new Date(`${value}T00:00:00Z`);
      // The end of a calendar date is the next midnight, excluded.
      return bound === "from" ? { at: day, inclusive: true } : { at: new Date(day.getTime() + 86_400_000), inclusive: false };
    });

const logListFields = paginationQuery.extend({
  status: z.enum(EXECUTION_STATUSES).optional().describe("Only runs with this status."),
  task_id: z.uuid("task_id is not a valid task id.").optional().describe("Only runs of this task."),
  from: instant("from").optional().describe("Only runs scheduled at or after this instant (a date: from its UTC midnight)."),
  to: instant("to").optional().describe("Only runs scheduled at or before this instant (a date: to the end of that UTC day)."),
  q: z.string().max(Q_MAX, `q is at most ${Q_MAX} characters.`).optional().describe("Text to look for in the run's error or its task's title (case-insensitive)."),
  sort: sortQuery(LOG_SORT_COLUMNS, "-scheduled_for"),
});

type Bound = { at: Date; inclusive: boolean };
const fromBeforeTo = ({ from, to }: { from?: Bound; to?: Bound }) => !from || !to || (to.inclusive ? from.at <= to.at : from.at < to.at);
const fromBeforeToError = { path: ["to"], message: "to is before from: swap them." };

export const logListQuery = logListFields.refine(fromBeforeTo, fromBeforeToError);
export type LogListQuery = z.output<typeof logListQuery>;

/** The filters of the list without its page: what a CSV export of "the current filter" takes. */
export const logExportQuery = logListFields.omit({ page: true, page_size: true }).refine(fromBeforeTo, fromBeforeToError);
export type LogFilter = z.output<typeof logExportQuery>;

export const logTaskSchema = apiSchema(
  "ExecutionLogTask",
  z.object({
    id: z.uuid(),
    title: z.string(),
    project_id: z.uuid(),
    platform: z.string().nullable(),
    handler_kind: z.enum(HANDLER_KINDS),
  }),
);

export const executionLogSchema = apiSchema(
  "ExecutionLog",
  z.object({
    id: z.uuid(),
    task_id: z.uuid().nullable().describe("Null only for an orphaned imported row (see `task`)."),
    user_id_str: z
      .string()
      .describe("The tenant the run belongs to (a Better Auth user id). For legacy history not yet backfilled, the decimal text of its integer user_id."),
    status: z.enum(EXECUTION_STATUSES),
    scheduled_for: z.iso.datetime().describe("The slot the run was due for."),
    started_at: z.iso.datetime().nullable(),
    finished_at: z.iso.datetime().nullable(),
    duration_ms: z.number().int().nullable(),
    attempt: z.number().int().describe("1 for the first try, 2 for the first retry, …"),
    epoch: z.number().int().nullable().describe("Fencing epoch of the scheduler leader that dispatched the run; null for imported history."),
    error: z.string().nullable(),
    output: z.unknown().describe("What the handler returned (JSON), or null."),
    workflow_execution_id: z.uuid().nullable().describe("The report workflow run this run belongs to, if any."),
    trigger: z.enum(RUN_TRIGGERS).nullable().describe("Why the run exists: its schedule, a retry of a failed attempt, or a manual run. Null for imported history."),
    task: logTaskSchema
      .nullable()
      .describe(
        "The task that ran. `null` only for imported legacy history whose user matches no account yet (an orphaned " +
          "row: the backfill report counts it; it becomes visible to that user if the account is created later).",
      ),
  }),
);
export type ExecutionLogJson = z.output<typeof executionLogSchema>;

export const logListSchema = apiSchema(
  "ExecutionLogList",
  z.object({
    logs: z.array(executionLogSchema),
    total_count: z.number().int(),
    page: z.number().int(),
    page_size: z.number().int(),
    total_pages: z.number().int(),
  }),
);

export const logResponseSchema = apiSchema("ExecutionLogResponse", z.object({ log: executionLogSchema }));
