// Builds the OpenAPI 3.1 document from the registered operations and component schemas.
import { z } from "zod";
import { componentSchemas, requestSchemas, type Operation } from "./registry";
import { problemSchema } from "./common";

const ref = (id: string) => `#/components/schemas/${id}`;

const STANDARD_ERRORS: Record<Operation["auth"], number[]> = {
  public: [],
  user: [401],
  admin: [401, 403],
  cron: [401],
};

export function buildOpenApiDocument(operations: Operation[], info: { version: string }) {
  const options = { target: "draft-2020-12", uri: ref, unrepresentable: "any" } as const;
  const components = {
    ...z.toJSONSchema(componentSchemas, options).schemas,
    ...z.toJSONSchema(requestSchemas, { ...options, io: "input" }).schemas,
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Tickboard API",
      version: info.version,
      description: "Multi-tenant scheduler dashboard. Errors are application/problem+json (RFC 9457).",
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: "/" }],
    tags: [...new Set(operations.map((o) => o.tag))].sort().map((name) => ({ name, description: `${name} routes` })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([id, s]) => [id, stripDialect(s)])),
      securitySchemes: usedSecuritySchemes(operations),
    },
  };
}

const SECURITY_SCHEMES = {
  session: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "Better Auth session cookie." },
  cronSecret: { type: "http", scheme: "bearer", description: "CRON_SECRET, as sent by Vercel Cron." },
} as const;

function securityOf(op: Operation): keyof typeof SECURITY_SCHEMES | null {
  return op.auth === "public" ? null : op.auth === "cron" ? "cronSecret" : "session";
}

function usedSecuritySchemes(operations: Operation[]) {
  const used = new Set(operations.map(securityOf));
  return Object.fromEntries(Object.entries(SECURITY_SCHEMES).filter(([name]) => used.has(name as keyof typeof SECURITY_SCHEMES)));
}

function operationObject(op: Operation) {
  const scheme = securityOf(op);
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(op.responses)) {
    responses[status] = {
      description: spec.description,
      ...(spec.headers ? { headers: spec.headers } : {}),
      ...(spec.schema ? { content: { [spec.contentType ?? contentTypeOf(spec.schema)]: { schema: { $ref: ref(schemaId(spec.schema)) } } } } : {}),
    };
  }
  const mutatesWithCookie = op.method !== "get" && (op.auth === "user" || op.auth === "admin");
  const errorStatuses = [
    ...STANDARD_ERRORS[op.auth],
    ...(mutatesWithCookie ? [403] : []),
    ...(op.params ? [404] : []),
    ...(op.query || op.body || op.headers ? [400] : []),
    ...(op.body ? [413, 415] : []),
  ];
  for (const status of errorStatuses) {
    responses[status] ??= { description: ERROR_DESCRIPTIONS[status], content: { "application/problem+json": { schema: { $ref: ref(schemaId(problemSchema)) } } } };
  }
  return {
    operationId: `${op.method}${op.path.replace(/[{}]/g, "").replace(/[^a-zA-Z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    security: scheme ? [{ [scheme]: [] }] : [],
    parameters: [...parameters(op.params, "path"), ...parameters(op.query, "query"), ...parameters(op.headers, "header")],
    ...(op.body ? { requestBody: requestBody(op.body) } : {}),
    responses,
  };
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input; `errors` names each field.",
  401: "No valid session (or secret).",
  403: "Signed in, but not allowed: an admin route, or a cookie-carrying request from another site's Origin.",
  404: "Not found — also for another tenant's resource and for a malformed id.",
  413: "The body (or a batch in it) is too large.",
  415: "The body is not JSON.",
};

function parameters(schema: z.ZodObject | undefined, where: "path" | "query" | "header") {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = stripDialect(z.toJSONSchema(field as z.ZodType, { target: "draft-2020-12", io: "input", unrepresentable: "any" }));
    const description = typeof json.description === "string" ? json.description : undefined;
    return {
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: json,
    };
  });
}

function requestBody(body: NonNullable<Operation["body"]>) {
  const schema = { $ref: ref(schemaId(body.schema)) };
  const types = body.contentTypes ?? ["application/json"];
  return { required: body.required, content: Object.fromEntries(types.map((t) => [t, { schema }])) };
}

function schemaId(schema: z.ZodType): string {
  const meta = componentSchemas.get(schema) ?? requestSchemas.get(schema);
  if (!meta) throw new Error("OpenAPI: a request or response schema was not registered with apiSchema()");
  return meta.id;
}

function contentTypeOf(schema: z.ZodType) {
  return schema === problemSchema ? "application/problem+json" : "application/json";
}

function stripDialect(schema: Record<string, unknown>) {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}
