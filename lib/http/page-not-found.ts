// Pages' side of "a malformed or unknown id is a 404": validate the path param, load, and turn a NotFoundError
// into Next's notFound() — the same rule the route wrapper applies to the API.
import { notFound } from "next/navigation";
import type { z } from "zod";
import { NotFoundError } from "@/lib/errors";

export async function loadOr404<P, T>(schema: z.ZodType<P>, params: unknown, load: (parsed: P) => Promise<T>): Promise<T> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) notFound();
  try {
    return await load(parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
