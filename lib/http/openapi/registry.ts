// The OpenAPI registry. Every request and response body is a zod schema registered here under a component
// name (`apiSchema`), and every route describes itself once with `defineOperations` in its domain's
// `openapi.ts`. lib/http/openapi/document.ts turns the lot into the OpenAPI 3.1 document, so the document
// is generated from the very schemas the handlers validate with.
import { z } from "zod";

export const componentSchemas = z.registry<{ id: string; description?: string }>();
/** Request bodies: documented as clients write them (defaults optional, before transforms). */
export const requestSchemas = z.registry<{ id: string; description?: string }>();

/** Registers a response schema as `#/components/schemas/<id>` and returns it unchanged. */
export function apiSchema<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  componentSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}

/** Registers a request body schema as `#/components/schemas/<id>` (its input side) and returns it unchanged. */
export function apiInputSchema<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  requestSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ResponseSpec {
  description: string;
  /** A registered schema (apiSchema); omit for an empty body. */
  schema?: z.ZodType;
  headers?: Record<string, { description: string; schema: { type: "string" | "integer" } }>;
  /** The media type of the body, when it is not JSON (e.g. text/csv). */
  contentType?: string;
}

export interface Operation {
  method: HttpMethod;
  /** OpenAPI path with {braces}, e.g. /api/tasks/{taskId}. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** public: no session; user: any signed-in tenant; admin: role admin; cron: the CRON_SECRET bearer token. */
  auth: "public" | "user" | "admin" | "cron";
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Request headers the operation reads (e.g. Idempotency-Key), by their HTTP name. */
  headers?: z.ZodObject;
  body?: { schema: z.ZodType; required: boolean; contentTypes?: string[] };
  responses: Record<number, ResponseSpec>;
}

export function defineOperations(operations: Operation[]): Operation[] {
  return operations;
}
