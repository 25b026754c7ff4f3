// The one table from domain error codes to HTTP statuses, and the translation of any thrown value into a
// problem+json response. Unexpected errors become a bare 500: their detail goes to the server log only.
import { AppError, type AppErrorCode } from "@/lib/errors";
import { logError } from "@/lib/log";
import { problem } from "./problem";

const STATUS: Record<AppErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

/**
 * Unique constraints whose violation is an expected domain outcome, by constraint name. Domains add theirs
 * (e.g. a duplicate project name → 409); any other violation stays a 500, because it means a bug.
 */
const knownUniqueViolations = new Map<string, () => AppError>();

export function registerUniqueViolation(constraint: string, toError: () => AppError) {
  knownUniqueViolations.set(constraint, toError);
}

export function errorToResponse(error: unknown, context: { method: string; path: string }): Response {
  const known = asAppError(error);
  if (known) return problem(STATUS[known.code], known.message, known.errors);
  logError("unhandled error in route handler", context, error);
  return problem(500, "Something went wrong on our side. It has been logged; try again in a moment.");
}

function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const pgError = postgresError(error);
  if (pgError?.code === "23505" && pgError.constraint) {
    const toError = knownUniqueViolations.get(pgError.constraint);
    return toError ? toError() : null;
  }
  return null;
}

/** drizzle wraps driver errors; the Postgres fields sit on the error or on its cause. */
function postgresError(error: unknown): { code?: string; constraint?: string } | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 3; depth++) {
    if ("code" in e && typeof (e as { code: unknown }).code === "string") return e as { code: string; constraint?: string };
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
