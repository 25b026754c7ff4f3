// Structured server logs: one JSON object per line. Never pass request bodies or headers here — they can
// carry passwords, cookies and secrets.
export function logError(message: string, context: Record<string, unknown>, error: unknown) {
  const err = error instanceof Error ? describe(error) : { name: "NonError", message: String(error) };
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message, ...context, error: err }));
}

// A failed query's error (drizzle's DrizzleQueryError) carries the statement's parameters in its message and
// stack — task configs with credential headers, signing secrets, tenant ids. Log the query text and what the
// database said, never the parameters.
function describe(error: Error): { name: string; message: string; stack?: string; query?: string } {
  const query = (error as { query?: unknown }).query;
  if (typeof query !== "string") return { name: error.name, message: error.message, stack: error.stack };
  const cause = error.cause instanceof Error ? error.cause : null;
  const stackFrames = error.stack?.split("\n").filter((line) => /^\s+at /.test(line)).join("\n");
  return {
    name: cause?.name ?? error.name,
    message: cause?.message ?? "query failed",
    query: query.replace(/\s+/g, " ").trim().slice(0, 500),
    ...(stackFrames ? { stack: stackFrames } : {}),
  };
}
