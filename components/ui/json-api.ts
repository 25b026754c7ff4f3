// The browser side of the app's JSON API, for forms and buttons: send JSON to a same-origin route and read the
// answer. A problem+json error becomes one sentence for the user plus the API's per-field errors (paths such
// as `title`, `schedule.cron` or `tasks[7].title`), which each form places next to its own fields.

export interface ApiFieldError {
  path: string;
  message: string;
}

export interface ApiSuccess<T> {
  ok: true;
  status: number;
  headers: Headers;
  data: T;
}

export interface ApiFailure {
  ok: false;
  /** 0 when the server could not be reached at all. */
  status: number;
  message: string;
  fieldErrors: ApiFieldError[];
}

export type ApiResult<T> = ApiSuccess<T> | ApiFailure;

export const NETWORK_ERROR = "Tickboard could not be reached. Check your connection and try again.";

export async function sendJson<T>(method: "POST" | "PATCH" | "DELETE", url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
  return send<T>(url, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** POSTs a file's bytes as they are (e.g. a CSV import), with the media type the route expects. */
export async function sendFile<T>(url: string, file: Blob, contentType: string): Promise<ApiResult<T>> {
  return send<T>(url, { method: "POST", headers: { "content-type": contentType }, body: file });
}

async function send<T>(url: string, init: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: "same-origin" });
  } catch {
    return { ok: false, status: 0, message: NETWORK_ERROR, fieldErrors: [] };
  }
  if (response.ok) {
    const data = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    return { ok: true, status: response.status, headers: response.headers, data: data as T };
  }
  const problem = await readProblem(response);
  return { ok: false, status: response.status, message: failureMessage(response.status, problem.detail), fieldErrors: problem.errors };
}

async function readProblem(response: Response): Promise<{ detail: string | null; errors: ApiFieldError[] }> {
  try {
    const body = (await response.json()) as { detail?: unknown; errors?: unknown };
    const errors = Array.isArray(body.errors)
      ? body.errors.filter((e): e is ApiFieldError => typeof e?.path === "string" && typeof e?.message === "string")
      : [];
    return { detail: typeof body.detail === "string" ? body.detail : null, errors };
  } catch {
    return { detail: null, errors: [] };
  }
}

function failureMessage(status: number, detail: string | null): string {
  if (status === 401) return "Your session has ended. Sign in again in another tab, then retry.";
  if (status === 404) return "This no longer exists, or you don't have access to it. Reload the page to see what's there now.";
  if (status === 429) return "Too many requests. Wait a few seconds and try again.";
  if (status >= 500) return "Something went wrong on our side. Try again in a moment.";
  return detail ?? "That didn't work. Check the form and try again.";
}

/**
 * Splits field errors into those a form shows next to one of its fields (keyed by API path) and the rest,
 * which the form lists in its alert so that no error is ever dropped.
 */
export function placeFieldErrors(errors: ApiFieldError[], fieldPaths: readonly string[]) {
  const byField: Record<string, string> = {};
  const unplaced: ApiFieldError[] = [];
  for (const error of errors) {
    const field = fieldPaths.find((path) => error.path === path || error.path.startsWith(`${path}.`));
    if (field && !byField[field]) byField[field] = error.message;
    else if (!field) unplaced.push(error);
  }
  return { byField, unplaced };
}
