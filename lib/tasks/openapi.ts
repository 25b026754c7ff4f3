// OpenAPI entries of the task routes, with seed 004's idempotency contract: 201 for a new task, 200 and
// `Idempotent-Replay: true` for a replay that names an existing external_id.
import { problemSchema } from "@/lib/http/openapi/common";
import { defineOperations } from "@/lib/http/openapi/registry";
import { projectParams } from "@/lib/projects/schemas";
import {
  BULK_MAX_TASKS,
  bulkCreateResultSchema,
  bulkCreateSchema,
  taskCreateSchema,
  taskListQuery,
  taskListSchema,
  taskParams,
  taskPatchSchema,
  taskResponseSchema,
  taskWithSecretResponseSchema,
} from "./schemas";

const replayHeader = {
  "Idempotent-Replay": { description: "`true`: the task already existed and is returned unchanged.", schema: { type: "string" as const } },
};

export const taskOperations = defineOperations([
  {
    method: "get",
    path: "/api/projects/{projectId}/tasks",
    tag: "tasks",
    auth: "user",
    summary: "A project's tasks: filtered, sorted, paginated",
    description: "An empty query parameter counts as absent. `sort` names a column; prefix `-` for descending.",
    params: projectParams,
    query: taskListQuery,
    responses: { 200: { description: "One page of tasks.", schema: taskListSchema } },
  },
  {
    method: "post",
    path: "/api/projects/{projectId}/tasks",
    tag: "tasks",
    auth: "user",
    summary: "Create a task (idempotent by external_id)",
    description:
      "Creates one task. **Idempotency:** when `external_id` is given and a task with that external_id already exists " +
      "in this project, that task is returned unchanged with **200** and `Idempotent-Replay: true` instead of a " +
      "duplicate, so a workflow can safely retry. Concurrent identical creates yield one task: one 201, the rest 200 " +
      "with the same id. Another tenant's tasks are never matched. For many tasks, use `tasks:bulk`.",
    params: projectParams,
    body: { schema: taskCreateSchema, required: true },
    responses: {
      201: { description: "Created. An http task comes with its `signing_secret`, shown this once.", schema: taskWithSecretResponseSchema },
      200: { description: "A task with this external_id already exists in the project: returned unchanged (idempotent replay).", schema: taskResponseSchema, headers: replayHeader },
    },
  },
  {
    method: "post",
    path: "/api/projects/{projectId}/tasks:bulk",
    tag: "tasks",
    auth: "user",
    summary: "Create many tasks in one transaction, with duplicate detection",
    description:
      `Up to ${BULK_MAX_TASKS} tasks (413 above). All or nothing: one invalid item is a 400 naming it ` +
      "(`tasks[7].title`) and nothing is written. Items are decided in request order, as if created one by one; " +
      "`results` come back in that order. An item whose external_id is taken is `existing` under every strategy; " +
      "otherwise `duplicate_strategy` decides (see the request body). Bulk requests on one project run one at a time.",
    params: projectParams,
    body: { schema: bulkCreateSchema, required: true },
    responses: {
      200: { description: "Each item's outcome and task, in request order.", schema: bulkCreateResultSchema },
      413: { description: `More than ${BULK_MAX_TASKS} tasks, or a body over 10 MiB.`, schema: problemSchema },
    },
  },
  {
    method: "get",
    path: "/api/tasks/{taskId}",
    tag: "tasks",
    auth: "user",
    summary: "One task",
    params: taskParams,
    responses: { 200: { description: "The task.", schema: taskResponseSchema } },
  },
  {
    method: "patch",
    path: "/api/tasks/{taskId}",
    tag: "tasks",
    auth: "user",
    summary: "Change a task",
    description: "Changing the schedule, or enabling a disabled task, recomputes `next_run_at`.",
    params: taskParams,
    body: { schema: taskPatchSchema, required: true },
    responses: {
      200: { description: "The changed task, with `signing_secret` when this change made it an http task.", schema: taskWithSecretResponseSchema },
      409: { description: "Another task of the project already has the new external_id.", schema: problemSchema },
    },
  },
  {
    method: "delete",
    path: "/api/tasks/{taskId}",
    tag: "tasks",
    auth: "user",
    summary: "Delete a task",
    params: taskParams,
    responses: { 204: { description: "Deleted." } },
  },
]);
