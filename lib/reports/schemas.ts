// Report collections at the boundary (API.md "Reports"): what a client may send and the JSON it gets back.
import { z } from "zod";
import { WEEK_STATUSES, WORKFLOW_KINDS, WORKFLOW_STATUSES } from "@/drizzle";
import { apiInputSchema, apiSchema } from "@/lib/http/openapi/registry";
import { countIsoWeeks, MAX_COLLECTION_WEEKS } from "./iso-weeks";

export const COLLECTION_NAME_MAX = 200;

export const collectionParams = z.object({ collectionId: z.uuid().describe("The collection's id.") });
export const workflowExecutionParams = z.object({ executionId: z.uuid().describe("The workflow execution's id.") });

const calendarDate = (name: string) => z.iso.date(`${name} is a calendar date, YYYY-MM-DD.`);

export const collectionCreateSchema = apiInputSchema(
  "CollectionCreate",
  z
    .strictObject({
      name: z
        .string()
        .trim()
        .min(1, "Give the collection a name.")
        .max(COLLECTION_NAME_MAX, `A name is at most ${COLLECTION_NAME_MAX} characters.`),
      start_date: calendarDate("start_date").describe("First day of the range (its whole ISO week is collected)."),
      end_date: calendarDate("end_date").describe("Last day of the range, on or after start_date."),
    })
    .superRefine((value, ctx) => {
      if (value.end_date < value.start_date) {
        ctx.addIssue({ code: "custom", path: ["end_date"], message: "end_date is before start_date." });
        return;
      }
      const weeks = countIsoWeeks(value.start_date, value.end_date);
      if (weeks > MAX_COLLECTION_WEEKS) {
        ctx.addIssue({
          code: "custom",
          path: ["end_date"],
          message: `The range covers ${weeks} weeks; a collection covers at most ${MAX_COLLECTION_WEEKS} (three years). Split it into several collections.`,
        });
      }
    }),
);
export type CollectionCreate = z.output<typeof collectionCreateSchema>;

// ——— output ———

const count = z.number().int().min(0);
const figures = {
  runs: count.describe("Runs scheduled in the week, whatever their status."),
  succeeded: count,
  failed: count,
  timed_out: count,
  p50_ms: z.number().nullable().describe("Median duration of the week's finished runs; null when none finished."),
  p95_ms: z.number().nullable(),
};

export const weekDataSchema = apiSchema(
  "ReportWeekData",
  z.object({
    ...figures,
    by_platform: z
      .array(z.object({ platform: z.string().nullable().describe("The task's platform; null for tasks without one."), ...figures }))
      .describe("The same figures per platform, busiest first."),
  }),
);
export type WeekData = z.output<typeof weekDataSchema>;

export const weekSchema = apiSchema(
  "ReportWeek",
  z.object({
    id: z.uuid(),
    week_start_date: z.iso.date().describe("Monday."),
    week_end_date: z.iso.date().describe("Sunday."),
    status: z.enum(WEEK_STATUSES),
    execution_id: z
      .uuid()
      .nullable()
      .describe("The workflow execution that wrote the week's current data; null for weeks written before execution tracking that the reconcile could not link."),
    data: weekDataSchema.nullable().describe("The week's figures; null for a week that failed (see error_message) or was never collected."),
    error_message: z.string().nullable(),
    updated_at: z.iso.datetime().nullable().describe("When the week was last written."),
  }),
);
export type WeekJson = z.output<typeof weekSchema>;

export const workflowExecutionSchema = apiSchema(
  "WorkflowExecution",
  z.object({
    id: z.uuid(),
    kind: z.enum(WORKFLOW_KINDS),
    status: z.enum(WORKFLOW_STATUSES).describe("succeeded: every week completed; partial: some weeks failed; failed: none completed, or the run stopped."),
    collection_id: z.uuid().nullable(),
    params: z.record(z.string(), z.unknown()).describe("What the run set out to do: collection_id, start_date, end_date, weeks_planned."),
    error: z.string().nullable(),
    weeks_planned: count.nullable().describe("Weeks the run collects (those of the range that have begun); null until it starts."),
    weeks_completed: count.describe("Weeks this execution has written with their data so far."),
    weeks_failed: count,
    run_id: z.uuid().nullable().describe("The scheduler run (ExecutionLog) that carries it out, latest attempt."),
    created_at: z.iso.datetime(),
    started_at: z.iso.datetime().nullable(),
    finished_at: z.iso.datetime().nullable(),
    duration_ms: z.number().int().nullable(),
  }),
);
export type WorkflowExecutionJson = z.output<typeof workflowExecutionSchema>;

export const collectionSchema = apiSchema(
  "ReportCollection",
  z.object({
    id: z.uuid(),
    name: z.string(),
    start_date: z.iso.date(),
    end_date: z.iso.date(),
    week_count: count.describe("ISO weeks the range covers."),
    weeks_collected: count.describe("Weeks written so far (completed or failed)."),
    task_id: z.uuid().nullable().describe("The report_collection task that runs it; give that task a schedule to collect it weekly."),
    latest_execution: workflowExecutionSchema.nullable(),
    created_at: z.iso.datetime(),
  }),
);
export type CollectionJson = z.output<typeof collectionSchema>;

export const collectionResponseSchema = apiSchema("ReportCollectionResponse", z.object({ collection: collectionSchema }));
export const collectionListSchema = apiSchema("ReportCollectionList", z.object({ collections: z.array(collectionSchema) }));
export const weekListSchema = apiSchema("ReportWeekList", z.object({ weeks: z.array(weekSchema) }));
export const workflowExecutionResponseSchema = apiSchema(
  "WorkflowExecutionResponse",
  z.object({ workflow_execution: workflowExecutionSchema, weeks: z.array(weekSchema).describe("The weeks this execution wrote.") }),
);
export const runCollectionResponseSchema = apiSchema("RunCollectionResponse", z.object({ workflow_execution: workflowExecutionSchema }));
