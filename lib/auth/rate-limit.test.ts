// Sign-in attempts are rate limited per client, and the counters live in Postgres (shared by every instance).
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/harness/test-database";
import { createAuth } from "./config";

const t = setupTestDatabase();
beforeAll(() => {
  process.env.BETTER_AUTH_SECRET = "test-secret-at-least-32-characters-long!!";
  process.env.BETTER_AUTH_URL = "http://localhost:3000";
});

function signIn(auth: ReturnType<typeof createAuth>, ip: string) {
  return auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify({ email: "nobody@example.com", password: "wrong-password" }),
    }),
  );
}

it("allows 3 sign-in attempts per 10 s from one client, refuses the 4th with 429, and counts in the database", async () => {
  // Two auth instances stand for two app instances: they share the limit because it is stored in Postgres.
  const [one, two] = [createAuth(t.db), createAuth(t.db)];
  const statuses = [];
  for (const auth of [one, two, one, two]) statuses.push((await signIn(auth, "203.0.113.7")).status);
  expect(statuses).toEqual([401, 401, 401, 429]);
  expect((await signIn(one, "203.0.113.8")).status).toBe(401);
  const rows = await t.db.execute<{ key: string; count: number }>(sql`select key, count::int from rate_limit order by key`);
  expect(rows.rows).toEqual([
    { key: expect.stringContaining("203.0.113.7"), count: 3 },
    { key: expect.stringContaining("203.0.113.8"), count: 1 },
  ]);
});
