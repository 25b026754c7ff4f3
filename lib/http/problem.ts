// RFC 9457 problem+json responses: the one error shape of the API.
import type { FieldError } from "@/lib/errors";

const TITLES: Record<number, string> = {
  400: "Invalid request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export function problemBody(status: number, detail: string, errors?: FieldError[]): ProblemBody {
  return {
    type: "about:blank",
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function problem(status: number, detail: string, errors?: FieldError[], headers?: HeadersInit): Response {
  return new Response(JSON.stringify(problemBody(status, detail, errors)), {
    status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}
