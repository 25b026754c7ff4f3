// Talking to the app under test like a browser would: real HTTP, real session cookies.
import { inject } from "vitest";
import type { Db } from "@/lib/db/connect";
import { sessionFromSignUp, TEST_PASSWORD } from "../harness/sign-up-response";

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
    body: JSON.stringify({ email, password: TEST_PASSWORD, name: email.split("@")[0] }),
  });
  return sessionFromSignUp(db, response, options);
}
