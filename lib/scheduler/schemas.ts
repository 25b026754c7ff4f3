// The scheduler at the boundary: tick report, dashboard, events, manual run (API.md "Scheduler"). The same
// schemas generate the OpenAPI document.
import { z } from "zod";
import { EXECUTION_STATUSES, SCHEDULER_EVENT_TYPES } from "@/drizzle";
import { apiSchema } from "@/lib/http/openapi/registry";
import { paginationQuery } from "@/lib/http/pagination";
import { executionLogSchema, logTaskSchema } from "@/lib/logs";

const count = z.int().min(0);

export const tickReportSchema = apiSchema(
  "TickReport",
  z.object({
    leader: z.boolean().describe("Whether this call held the leader lease. A non-leader answers at once and does nothing."),
    epoch: z.int().nullable().describe("The lease's fencing epoch (the current holder's when not leader; null before anyone led)."),
    reaped: count.describe("Runs found running past their lease and timed out."),
    dispatched: count.describe("Runs claimed and handed to their handler."),
    succeeded: count,
    failed: count,
    timed_out: count,
    duration_ms: count,
    queued: count.describe("Runs queued from due schedule slots."),
    retried: count.describe("Failed or timed-out attempts queued again."),
    stopped: z
      .enum(["done", "budget", "lease_lost"])
      .nullable()
      .describe("Why a leader's tick ended: no more work, SCHEDULER_TICK_BUDGET_MS spent, or the lease lost. Null for a non-leader."),
  }),
);

export const countsByStatusSchema = z.object(Object.fromEntries(EXECUTION_STATUSES.map((s) => [s, count])) as Record<(typeof EXECUTION_STATUSES)[number], typeof count>);

export const dashboardSchema = apiSchema(
  "SchedulerDashboard",
  z.object({
    counts_by_status: countsByStatusSchema.describe("The tenant's runs by status over the last 24 hours; queued and running ones whatever their age."),
    last_24h: z.object({
      runs: count.describe("Finished runs (succeeded, failed, timed out) scheduled in the last 24 hours."),
      succeeded: count,
      failed: count,
      timed_out: count,
      p50_ms: z.int().nullable().describe("Median duration of those runs; null when there are none."),
      p95_ms: z.int().nullable(),
    }),
    upcoming: z.array(z.object({ task: logTaskSchema, next_run_at: z.iso.datetime({ offset: true }) })).describe("The tenant's next scheduled runs, soonest first (at most 10)."),
    leader: z
      .object({ holder: z.string(), epoch: z.int(), expires_at: z.iso.datetime({ offset: true }) })
      .nullable()
      .describe("The instance holding the leader lease; null when nobody holds a live one."),
    last_tick_at: z.iso.datetime({ offset: true }).nullable().describe("When a leader last ticked."),
  }),
);

export const eventSchema = apiSchema(
  "SchedulerEvent",
  z.object({
    id: z.uuid(),
    type: z.enum(SCHEDULER_EVENT_TYPES),
    execution_id: z.uuid().nullable(),
    task_id: z.uuid().nullable(),
    epoch: z.int().nullable(),
    detail: z.record(z.string(), z.unknown()),
    created_at: z.iso.datetime({ offset: true }),
  }),
);

export const eventListQuery = paginationQuery.extend({
  type: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SCHEDULER_EVENT_TYPES).optional()).describe("Only events of this type."),
});
export type EventListQuery = z.output<typeof eventListQuery>;

export const eventListSchema = apiSchema(
  "SchedulerEventList",
  z.object({ events: z.array(eventSchema), total_count: count, page: z.int(), page_size: z.int(), total_pages: count }),
);

export const IDEMPOTENCY_KEY_MAX = 255;
export const idempotencyKeySchema = z
  .string()
  .min(1, "Idempotency-Key cannot be empty.")
  .max(IDEMPOTENCY_KEY_MAX, `Idempotency-Key is at most ${IDEMPOTENCY_KEY_MAX} characters.`)
  .regex(/^[\x21-\x7e]+$/, "Idempotency-Key takes printable ASCII without spaces.");

/** The request headers POST /api/tasks/{taskId}/run reads. */
export const manualRunHeaders = z.object({
  "Idempotency-Key": idempotencyKeySchema.optional().describe("Any printable ASCII string up to 255 characters, e.g. a UUID."),
});

export const manualRunResponseSchema = apiSchema("ManualRun", z.object({ execution: executionLogSchema }));
