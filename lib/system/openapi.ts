// OpenAPI entries of the health and docs routes.
import { defineOperations } from "@/lib/http/openapi/registry";
import { healthSchema, openApiDocumentSchema } from "./schemas";
import { problemSchema } from "@/lib/http/openapi/common";

export const systemOperations = defineOperations([
  {
    method: "get",
    path: "/api/health",
    tag: "system",
    auth: "public",
    summary: "Health of the app and its database",
    description: "`ok` is false while migrations are pending. Reads only.",
    responses: {
      200: { description: "The database answers.", schema: healthSchema },
      503: { description: "The database is unreachable.", schema: problemSchema },
    },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    tag: "system",
    auth: "public",
    summary: "This OpenAPI 3.1 document",
    responses: { 200: { description: "The document.", schema: openApiDocumentSchema } },
  },
]);
