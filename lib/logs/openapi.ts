// OpenAPI entries of the execution-log routes (API.md "Scheduler"), with the contract's promise about `task`.
import { z } from "zod";
import { apiSchema, defineOperations } from "@/lib/http/openapi/registry";
import { EXPORT_MAX_ROWS } from "./csv-export";
import { logExportQuery, logListQuery, logListSchema, logParams, logResponseSchema } from "./schemas";

const logCsvSchema = apiSchema(
  "ExecutionLogCsv",
  z.string().describe("CSV with a header row: id, scheduled_for, status, task_id, task_title, project_id, attempt, started_at, finished_at, duration_ms, epoch, error, user_id_str."),
);

export const logOperations = defineOperations([
  {
    method: "get",
    path: "/api/scheduler/logs",
    tag: "scheduler",
    auth: "user",
    summary: "The tenant's runs: filtered, sorted, paginated",
    description:
      "Every run of the signed-in tenant's tasks, legacy history included (rows whose legacy integer user_id is the " +
      "tenant's id, until the backfill gives them user_id_str). An empty query parameter counts as absent. `task` is " +
      "null only for imported history whose user had no account at import time (an orphaned row).",
    query: logListQuery,
    responses: { 200: { description: "One page of runs.", schema: logListSchema } },
  },
  {
    method: "get",
    path: "/api/scheduler/logs/export",
    tag: "scheduler",
    auth: "user",
    summary: "The tenant's runs matching a filter, as CSV",
    description:
      `The same filters and sort as the list, without pagination: at most ${EXPORT_MAX_ROWS.toLocaleString("en")} runs, ` +
      "streamed. `X-Export-Truncated: true` says the filter matched more; narrow it with from/to.",
    query: logExportQuery,
    responses: {
      200: {
        description: "The runs, one CSV line each.",
        schema: logCsvSchema,
        contentType: "text/csv",
        headers: {
          "X-Total-Count": { description: "How many runs match the filter.", schema: { type: "integer" } },
          "X-Export-Truncated": { description: `\`true\` when more than ${EXPORT_MAX_ROWS} runs matched.`, schema: { type: "string" } },
        },
      },
    },
  },
  {
    method: "get",
    path: "/api/scheduler/logs/{executionId}",
    tag: "scheduler",
    auth: "user",
    summary: "One run",
    description: "Another tenant's run is 404, as is an unknown or malformed id.",
    params: logParams,
    responses: { 200: { description: "The run.", schema: logResponseSchema } },
  },
]);
