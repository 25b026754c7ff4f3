// Structured server logs: one JSON object per line. Never pass request bodies or headers here — they can
// carry passwords, cookies and secrets.
export function logError(message: string, context: Record<string, unknown>, error: unknown) {
  const err =
    error instanceof Error
      ? { name: error.name, message: error.message, stack: error.stack }
      : { name: "NonError", message: String(error) };
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message, ...context, error: err }));
}
