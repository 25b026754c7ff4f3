// Tasks at the boundary: what a client may send (zod; strict objects, so a misspelt key is a 400 instead of
// being silently dropped) and the Task JSON it gets back (API.md "Projects and tasks"). The same schemas
// validate requests and generate the OpenAPI document.
import { z } from "zod";
import { HANDLER_KINDS, MISFIRE_POLICIES, TASK_STATUSES } from "@/drizzle";
import { apiInputSchema, apiSchema } from "@/lib/http/openapi/registry";
import { paginationQuery, sortQuery } from "@/lib/http/pagination";
import { cronProblem, canonicalTimezone } from "./schedule";

export const TITLE_MAX = 500;
export const DESCRIPTION_MAX = 10_000;
export const EXTERNAL_ID_MAX = 255;
export const PLATFORM_MAX = 64;
export const BULK_MAX_TASKS = 1000;
export const HTTP_HEADERS_MAX = 20;

export const DUPLICATE_STRATEGIES = ["external_id", "title", "title_and_milestone", "none"] as const;
export type DuplicateStrategy = (typeof DUPLICATE_STRATEGIES)[number];

export const taskParams = z.object({ taskId: z.uuid().describe("The task's id.") });

// ——— input pieces ———

const title = z
  .string()
  .trim()
  .min(1, "Give the task a title.")
  .max(TITLE_MAX, `A title is at most ${TITLE_MAX} characters.`);

const externalId = z
  .string()
  .min(1, "external_id cannot be empty; leave it out instead.")
  .max(EXTERNAL_ID_MAX, `external_id is at most ${EXTERNAL_ID_MAX} characters.`)
  .nullable()
  .describe(
    "Your idempotency key, unique within the project (e.g. `wf-abc123:create_qa_tasks:0`). Creating a task whose " +
      "external_id already exists in the project returns the existing task with 200 instead of a duplicate.",
  );

const platform = z
  .string()
  .trim()
  .min(1, "platform cannot be empty; leave it out instead.")
  .max(PLATFORM_MAX, `platform is at most ${PLATFORM_MAX} characters.`)
  .nullable()
  .describe("A free label for where the task comes from, e.g. `github` or `linear`.");

const scheduleInput = z
  .strictObject({
    cron: z.string().trim().min(1, "Give a cron expression.").max(120).describe("Five-field cron expression (minute precision), or @hourly/@daily/@weekly/@monthly/@yearly."),
    timezone: z.string().default("UTC").describe("IANA timezone the cron expression is read in, e.g. `Europe/Berlin`. Default UTC."),
    misfire_policy: z.enum(MISFIRE_POLICIES).default("run_once").describe("What to do with slots missed while nothing ticked."),
  })
  .transform((value, ctx) => {
    const timezone = canonicalTimezone(value.timezone);
    if (!timezone) {
      ctx.addIssue({ code: "custom", path: ["timezone"], message: `Unknown timezone "${value.timezone}": use an IANA name such as Europe/Berlin.` });
      return z.NEVER;
    }
    const problem = cronProblem(value.cron, timezone);
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["cron"], message: problem });
      return z.NEVER;
    }
    return { ...value, timezone };
  });

const httpHeaderName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, "Not a valid HTTP header name.");

const handlerInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("noop"), config: z.strictObject({}).default({}) }),
  z.strictObject({
    kind: z.literal("http"),
    config: z.strictObject({
      url: z.url({ protocol: /^https?$/, error: "Give an http:// or https:// URL." }).max(2048),
      method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).default("POST"),
      headers: z
        .record(httpHeaderName, z.string().max(4096))
        .refine((h) => Object.keys(h).length <= HTTP_HEADERS_MAX, `At most ${HTTP_HEADERS_MAX} headers.`)
        .optional()
        .describe("Sent with each call. Values of credential headers (Authorization, Cookie, *token*, *secret*, *key*) are write-only: responses show them as [redacted]."),
      body: z.string().max(65_536).optional(),
    }),
  }),
  z.strictObject({
    kind: z.literal("report_collection"),
    config: z.strictObject({ collection_id: z.uuid().describe("The report collection this task runs.") }),
  }),
]);

const taskFields = {
  title,
  description: z.string().max(DESCRIPTION_MAX, `A description is at most ${DESCRIPTION_MAX} characters.`).nullable(),
  status: z.enum(TASK_STATUSES),
  priority_score: z.int32("priority_score is a whole number."),
  external_id: externalId,
  platform,
  milestone_id: z.uuid("milestone_id is not a valid id.").nullable().describe("A milestone of the same project."),
  schedule: scheduleInput.nullable().describe("When the scheduler runs the task; null for a task that only runs on demand."),
  enabled: z.boolean().describe("A disabled task keeps its schedule but is not run."),
  handler: handlerInput,
  timeout_seconds: z.int().min(1).max(86_400, "timeout_seconds is at most 86400 (a day)."),
  max_attempts: z.int().min(1).max(100, "max_attempts is at most 100."),
};

export const taskCreateSchema = apiInputSchema(
  "TaskCreate",
  z.strictObject({
    ...taskFields,
    description: taskFields.description.optional(),
    status: taskFields.status.default("open"),
    priority_score: taskFields.priority_score.default(0),
    external_id: taskFields.external_id.optional(),
    platform: taskFields.platform.optional(),
    milestone_id: taskFields.milestone_id.optional(),
    schedule: taskFields.schedule.optional(),
    enabled: taskFields.enabled.default(true),
    handler: taskFields.handler.default({ kind: "noop", config: {} }),
    timeout_seconds: taskFields.timeout_seconds.default(60),
    max_attempts: taskFields.max_attempts.default(3),
  }),
  "A new task: only `title` is required.",
);
export type TaskCreate = z.output<typeof taskCreateSchema>;

export const taskPatchSchema = apiInputSchema(
  "TaskPatch",
  z
    .strictObject(Object.fromEntries(Object.entries(taskFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof taskFields]: z.ZodOptional<(typeof taskFields)[K]> })
    .refine((patch) => Object.keys(patch).length > 0, "Nothing to change: send at least one field."),
  "The fields to change; the others keep their values. `schedule` and `handler` are replaced whole; null clears a nullable field.",
);
export type TaskPatch = z.output<typeof taskPatchSchema>;

export const bulkCreateSchema = apiInputSchema(
  "TaskBulkCreate",
  z.strictObject({
    tasks: z
      .array(taskCreateSchema)
      .min(1, "Send at least one task.")
      .max(BULK_MAX_TASKS, `At most ${BULK_MAX_TASKS} tasks per request: split the batch.`),
    duplicate_strategy: z
      .enum(DUPLICATE_STRATEGIES)
      .default("external_id")
      .describe(
        "How an item is matched to a task that already exists (or to an earlier item of the same request): " +
          "`external_id` by external_id (items without one are always created); `title` by lower(title) among the " +
          "project's tasks; `title_and_milestone` by lower(title) and milestone_id; `none` always creates. Under every " +
          "strategy external_id stays unique: an item whose external_id is taken is `existing`.",
      ),
  }),
);
export type BulkCreate = z.output<typeof bulkCreateSchema>;

// ——— output ———

export const taskSchema = apiSchema(
  "Task",
  z.object({
    id: z.uuid(),
    project_id: z.uuid(),
    milestone_id: z.uuid().nullable(),
    user_id: z.string().describe("The owning tenant (a Better Auth user id)."),
    title: z.string(),
    description: z.string().nullable(),
    status: z.enum(TASK_STATUSES),
    priority_score: z.number().int(),
    external_id: z.string().nullable().describe("Idempotency key, unique within the project; null when none was given."),
    platform: z.string().nullable(),
    schedule: z
      .object({ cron: z.string(), timezone: z.string(), misfire_policy: z.enum(MISFIRE_POLICIES) })
      .nullable(),
    enabled: z.boolean(),
    next_run_at: z.iso.datetime().nullable().describe("When the scheduler runs it next; null without a schedule or when disabled."),
    handler: z.object({ kind: z.enum(HANDLER_KINDS), config: z.record(z.string(), z.unknown()) }),
    timeout_seconds: z.number().int(),
    max_attempts: z.number().int(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  }),
);
export type TaskJson = z.output<typeof taskSchema>;

export const taskResponseSchema = apiSchema("TaskResponse", z.object({ task: taskSchema }));

const signingSecret = z
  .string()
  .optional()
  .describe(
    "Present only in the answer that issued it (an http task created, or a task switched to http): the HMAC key of the " +
      "webhook's `Tickboard-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">` header. Store it now: it is never shown again.",
  );

export const taskWithSecretResponseSchema = apiSchema("TaskWithSecretResponse", z.object({ task: taskSchema, signing_secret: signingSecret }));

export const TASK_SORT_COLUMNS = ["title", "status", "priority_score", "platform", "external_id", "next_run_at", "created_at", "updated_at"] as const;
export type TaskSortColumn = (typeof TASK_SORT_COLUMNS)[number];

export const taskListQuery = paginationQuery.extend({
  status: z.enum(TASK_STATUSES).optional().describe("Only tasks with this status."),
  platform: z.string().max(PLATFORM_MAX).optional().describe("Only tasks with this platform label (exact)."),
  q: z.string().max(200).optional().describe("Text to look for in the title, description or external_id (case-insensitive)."),
  sort: sortQuery(TASK_SORT_COLUMNS, "-created_at"),
});
export type TaskListQuery = z.output<typeof taskListQuery>;

export const taskListSchema = apiSchema(
  "TaskList",
  z.object({
    tasks: z.array(taskSchema),
    total_count: z.number().int(),
    page: z.number().int(),
    page_size: z.number().int(),
    total_pages: z.number().int(),
  }),
);

export const bulkCreateResultSchema = apiSchema(
  "TaskBulkCreateResult",
  z.object({
    results: z
      .array(z.object({ index: z.number().int(), outcome: z.enum(["created", "existing"]), task: taskSchema, signing_secret: signingSecret }))
      .describe("One entry per requested task, in request order."),
    created_count: z.number().int(),
    existing_count: z.number().int(),
  }),
);
export type BulkCreateResult = z.output<typeof bulkCreateResultSchema>;
