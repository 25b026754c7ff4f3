// OpenAPI entry of the insights route (API.md "Insights").
import { defineOperations } from "@/lib/http/openapi/registry";
import { insightsResponseSchema } from "./schemas";

export const insightOperations = defineOperations([
  {
    method: "get",
    path: "/api/insights",
    tag: "insights",
    auth: "user",
    summary: "The tenant's platform insights",
    description:
      "Reads only: the rows the last POST /api/admin/reconcile/platform-insights computed, one per platform label of the " +
      "tenant's tasks, by platform. A platform that has tasks but no row yet is listed in `missing_platforms`; nothing " +
      "is computed or stored by this GET.",
    responses: { 200: { description: "The insights.", schema: insightsResponseSchema } },
  },
]);
