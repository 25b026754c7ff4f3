// JSON success responses. API responses are per-user data: never cached by an intermediary.
export function json(data: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}
