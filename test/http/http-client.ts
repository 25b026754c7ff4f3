// Talking to the app under test like a browser would: real HTTP, real session cookies.
import { eq } from "drizzle-orm";
import { inject } from "vitest";
import { user } from "@/drizzle";
import type { Db } from "@/lib/db/connect";

export const baseUrl = () => inject("appBaseUrl");

export interface Caller {
  userId: string | null;
  cookie: string | null;
}

export async function call(caller: Caller, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { origin: baseUrl() };
  if (caller.cookie) headers.cookie = caller.cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  return fetch(`${baseUrl()}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Signs a new user up through Better Auth's HTTP endpoint; `admin` then grants the role in the database. */
export async function signUp(db: Db, email: string, options: { admin?: boolean } = {}): Promise<Caller> {
  const response = await fetch(`${baseUrl()}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl() },
    body: JSON.stringify({ email, password: "correct-horse-battery", name: email.split("@")[0] }),
  });
  if (!response.ok) throw new Error(`sign-up of ${email} failed: ${response.status} ${await response.text()}`);
  const { user: created } = (await response.json()) as { user: { id: string } };
  if (options.admin) await db.update(user).set({ role: "admin" }).where(eq(user.id, created.id));
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { userId: created.id, cookie };
}
