// Every documented operation of the API. Each domain contributes its `openapi.ts` list here; the route
// matrix test fails when a route × method exists in app/api but not in this document.
import packageJson from "@/package.json";
import { adminOperations } from "@/lib/admin/openapi";
import { insightOperations } from "@/lib/insights/openapi";
import { logOperations } from "@/lib/logs/openapi";
import { projectOperations } from "@/lib/projects/openapi";
import { reportOperations } from "@/lib/reports/openapi";
import { schedulerOperations } from "@/lib/scheduler/openapi";
import { systemOperations } from "@/lib/system/openapi";
import { taskOperations } from "@/lib/tasks/openapi";
import { buildOpenApiDocument } from "./document";

export const operations = [...systemOperations, ...projectOperations, ...taskOperations, ...logOperations, ...schedulerOperations, ...reportOperations, ...insightOperations, ...adminOperations];

export function openApiDocument() {
  return buildOpenApiDocument(operations, { version: packageJson.version });
}
