// OpenAPI entries of the report routes (API.md "Reports").
import { defineOperations } from "@/lib/http/openapi/registry";
import {
  collectionCreateSchema,
  collectionListSchema,
  collectionParams,
  collectionResponseSchema,
  runCollectionResponseSchema,
  weekListSchema,
  workflowExecutionParams,
  workflowExecutionResponseSchema,
} from "./schemas";

export const reportOperations = defineOperations([
  {
    method: "get",
    path: "/api/reports/collections",
    tag: "reports",
    auth: "user",
    summary: "The tenant's report collections",
    description: "Newest first, each with its latest workflow execution. Reads only.",
    responses: { 200: { description: "The collections.", schema: collectionListSchema } },
  },
  {
    method: "post",
    path: "/api/reports/collections",
    tag: "reports",
    auth: "user",
    summary: "Create a report collection",
    description:
      "A named date range; it covers every ISO week (Monday to Sunday) that intersects the range, at most 156. Also " +
      "creates the report_collection task that runs it, in the tenant's Reports project: give that task a schedule to " +
      "collect the collection weekly. end_date before start_date is a 400.",
    body: { schema: collectionCreateSchema, required: true },
    responses: { 201: { description: "The collection, not collected yet.", schema: collectionResponseSchema } },
  },
  {
    method: "post",
    path: "/api/reports/collections/{collectionId}/run",
    tag: "reports",
    auth: "user",
    summary: "Collect a collection's weeks",
    description:
      "Creates a workflow execution and queues the report_collection run that carries it out (the scheduler's next " +
      "tick runs it). The run computes every week of the range that has begun from the tenant's execution logs and " +
      "writes each week with `execution_id` = this execution, in the same statement as its data; a week that fails is " +
      "marked failed and the others still complete. While an execution of the collection is queued or running, calling " +
      "this again returns that execution instead of starting another. 409 when the collection's task was edited to run " +
      "something else (the problem says how to fix it). No body.",
    params: collectionParams,
    responses: { 202: { description: "The execution, queued (or the live one).", schema: runCollectionResponseSchema } },
  },
  {
    method: "get",
    path: "/api/reports/collections/{collectionId}/weeks",
    tag: "reports",
    auth: "user",
    summary: "A collection's weeks",
    description: "The weeks written so far, oldest first, each with the workflow execution that wrote its data. Reads only.",
    params: collectionParams,
    responses: { 200: { description: "The weeks.", schema: weekListSchema } },
  },
  {
    method: "get",
    path: "/api/reports/workflow-executions/{executionId}",
    tag: "reports",
    auth: "user",
    summary: "A workflow execution and the weeks it wrote",
    description: "Its status, progress (weeks planned, completed, failed), timing and error. Poll it to follow a run. Reads only.",
    params: workflowExecutionParams,
    responses: { 200: { description: "The execution and its weeks.", schema: workflowExecutionResponseSchema } },
  },
]);
