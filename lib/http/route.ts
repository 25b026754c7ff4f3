// The one wrapper every API route handler goes through. In order: Origin check on mutations (403),
// session (401) and role (403), path params (a malformed id is 404, like an unknown one), query and body
// (415, 413, 400), then the handler; anything thrown becomes problem+json (lib/http/error-status.ts), and an
// admin POST refused before its handler still leaves its audit row (`audit`).
import type { z } from "zod";
import { getUserFromHeaders, type SessionUser } from "@/lib/auth";
import { hasCronSecret } from "@/lib/auth/cron-secret";
import { auditRefusal } from "@/lib/audit";
import { getDb, type Db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from "./body";
import { errorToResponse } from "./error-status";
import { assertSameOrigin } from "./origin";
import { parseOrThrow, queryObject } from "./validate";

type Access = "public" | "user" | "admin" | "cron";
type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;
type UserFor<A extends Access> = A extends "public" | "cron" ? null : SessionUser;

export interface HandlerContext<A extends Access, P, Q, B> {
  request: Request;
  db: Db;
  user: UserFor<A>;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
}

export interface RouteOptions<A extends Access, P, Q, B> {
  auth: A;
  params?: P;
  query?: Q;
  body?: B;
  maxBodyBytes?: number;
  /**
   * Admin POSTs: the audit action name. A request an administrator sends that is refused before the handler
   * runs (a body that doesn't validate) still gets its `failed` audit row; the handler audits the rest.
   */
  audit?: string;
  handler(ctx: HandlerContext<A, P, Q, B>): Promise<Response>;
}

interface NextRouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

export function route<A extends Access, P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  options: RouteOptions<A, P, Q, B>,
) {
  return async (request: Request, context?: NextRouteContext): Promise<Response> => {
    const url = new URL(request.url);
    let admin: SessionUser | null = null; // set once an administrator is known to be calling
    let inHandler = false;
    let sent: unknown = {}; // the JSON body as sent, for the audit row of a refused admin POST
    try {
      assertSameOrigin(request);
      const user = await authenticate(request, options.auth);
      if (user?.isAdmin) admin = user;
      const params = options.params ? parsePathParams(options.params, await context?.params) : undefined;
      const query = options.query ? parseOrThrow(options.query, queryObject(url), "query string") : undefined;
      if (options.body) sent = await readJsonBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
      const body = options.body ? parseOrThrow(options.body, sent, "request body") : undefined;
      inHandler = true;
      return await options.handler({ request, db: getDb(), user, params, query, body } as HandlerContext<A, P, Q, B>);
    } catch (error) {
      if (options.audit && admin && !inHandler) await auditRefusal(getDb(), { actorUserId: admin.id, action: options.audit, params: sent ?? {} }, error);
      return errorToResponse(error, { method: request.method, path: url.pathname });
    }
  };
}

async function authenticate(request: Request, access: Access): Promise<SessionUser | null> {
  // Public routes (health, docs) never touch the session: no lookup, no session refresh write.
  if (access === "public") return null;
  // The scheduler's wake-up: a bearer secret, no session (Vercel Cron has none).
  if (access === "cron") {
    if (!hasCronSecret(request.headers.get("authorization"))) throw new UnauthorizedError("This needs Authorization: Bearer <CRON_SECRET>.");
    return null;
  }
  const user = await getUserFromHeaders(request.headers);
  if (!user) throw new UnauthorizedError();
  if (access === "admin" && !user.isAdmin) throw new ForbiddenError("This needs an administrator account.");
  return user;
}

// A path that doesn't parse names nothing that exists: 404, exactly like an unknown id (API.md).
function parsePathParams(schema: Schema, raw: unknown) {
  try {
    return parseOrThrow(schema, raw ?? {}, "path");
  } catch (error) {
    if (error instanceof ValidationError) throw new NotFoundError();
    throw error;
  }
}
