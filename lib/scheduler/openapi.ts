// OpenAPI entries of the scheduler routes (API.md "Scheduler" and the manual run).
import { defineOperations } from "@/lib/http/openapi/registry";
import { taskParams } from "@/lib/tasks";
import { dashboardSchema, eventListQuery, eventListSchema, manualRunHeaders, manualRunResponseSchema, tickReportSchema } from "./schemas";

const tick = (method: "get" | "post") => ({
  method,
  path: "/api/cron/tick",
  tag: "scheduler",
  auth: "cron" as const,
  summary: method === "get" ? "Run one scheduler tick (Vercel Cron)" : "Run one scheduler tick",
  description:
    "Needs `Authorization: Bearer $CRON_SECRET` (401 otherwise). Takes or renews the leader lease; a non-leader answers " +
    "at once with `leader: false` and does nothing. The leader reaps expired runs, queues due schedule slots, then claims " +
    "and runs queued runs until none are left or SCHEDULER_TICK_BUDGET_MS is spent. The one GET that writes, and only " +
    "with the secret. A database failure mid-tick is a 5xx problem+json; the next tick picks up where this one stopped.",
  responses: { 200: { description: "What this tick did.", schema: tickReportSchema } },
});

export const schedulerOperations = defineOperations([
  tick("get"),
  tick("post"),
  {
    method: "get",
    path: "/api/scheduler/dashboard",
    tag: "scheduler",
    auth: "user",
    summary: "The tenant's scheduler at a glance",
    description: "Counts by status, the last 24 hours' outcomes and durations, upcoming runs, the current leader and the last tick. Reads only.",
    responses: { 200: { description: "The dashboard's figures.", schema: dashboardSchema } },
  },
  {
    method: "get",
    path: "/api/scheduler/events",
    tag: "scheduler",
    auth: "user",
    summary: "What the scheduler did, newest first",
    description:
      "Leader changes, dispatches, outcomes, reaps, retries and skipped misfires. A tenant sees the events of its own tasks " +
      "and runs, and the scheduler-wide ones (leader changes, which carry no tenant data); an admin sees all.",
    query: eventListQuery,
    responses: { 200: { description: "One page of events.", schema: eventListSchema } },
  },
  {
    method: "post",
    path: "/api/tasks/{taskId}/run",
    tag: "tasks",
    auth: "user",
    summary: "Run a task now",
    description:
      "Queues one run (trigger `manual`) for the scheduler's next tick, whether or not the task is scheduled or enabled. " +
      "With an `Idempotency-Key` header, the same key for the same task returns the run the first call queued " +
      "(`Idempotent-Replay: true`) instead of queueing another. No body.",
    params: taskParams,
    headers: manualRunHeaders,
    responses: {
      202: {
        description: "The run is queued (or, on a replayed key, the run queued before, in whatever state it is now).",
        schema: manualRunResponseSchema,
        headers: { "Idempotent-Replay": { description: "`true` when the Idempotency-Key had already queued this run.", schema: { type: "string" } } },
      },
    },
  },
]);
