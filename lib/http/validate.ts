// zod at the boundary: a failed parse becomes a 400 whose `errors` name each field (`tasks[7].title`).
import type { z } from "zod";
import { PayloadTooLargeError, ValidationError, type FieldError } from "@/lib/errors";

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // A list longer than its documented maximum is a batch too large: 413, as API.md has it, not 400.
  const tooMany = result.error.issues.find((issue) => issue.code === "too_big" && issue.origin === "array");
  if (tooMany) throw new PayloadTooLargeError(`${formatPath(tooMany.path) || "The list"}: ${tooMany.message}`);
  const errors = result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  throw new ValidationError(`The ${where} is invalid: ${summary(errors)}`, errors);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

function summary(errors: FieldError[]) {
  const first = errors[0];
  if (!first) return "it does not match the expected shape.";
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return `${first.path || "(root)"}: ${first.message}${more}`;
}

/**
 * URLSearchParams → a plain object; repeated keys become arrays. An empty parameter (`?status=`, as an HTML
 * form sends an unset filter) counts as absent, so it takes its default instead of failing validation.
 */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key).filter((value) => value !== "");
    if (values.length === 0) continue;
    out[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return out;
}
