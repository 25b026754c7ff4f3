// Recognising Postgres errors through drizzle and either driver: the SQLSTATE and constraint sit on the
// error or on its cause.

function postgresFields(error: unknown): { code: string; constraint?: unknown } | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 3; depth++) {
    const fields = e as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof fields.code === "string") return { code: fields.code, constraint: fields.constraint };
    e = fields.cause;
  }
  return null;
}

/** True when `error` is a unique violation (23505) of `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const fields = postgresFields(error);
  return fields?.code === "23505" && fields.constraint === constraint;
}

/** True when `error` is a foreign key violation (23503) of `constraint`. */
export function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  const fields = postgresFields(error);
  return fields?.code === "23503" && fields.constraint === constraint;
}

/** True when `error` is a deadlock (40P01): Postgres aborted this statement to let another go on. */
export function isDeadlock(error: unknown): boolean {
  return postgresFields(error)?.code === "40P01";
}

/**
 * What went wrong, in one line fit for a record (the audit log): the database's own message when the error
 * came from a statement. drizzle wraps it in "Failed query: <sql> params: <values>", which repeats the
 * statement and its parameters: not something to keep.
 */
export function errorSummary(error: unknown): string {
  const fields = postgresFields(error);
  if (fields) {
    for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 3; depth++) {
      const candidate = e as { code?: unknown; message?: unknown; cause?: unknown };
      if (candidate.code === fields.code && typeof candidate.message === "string") return candidate.message;
      e = candidate.cause;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
