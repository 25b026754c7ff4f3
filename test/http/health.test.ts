// GET /api/health as API.md describes it, on the built app.
import { expect, it } from "vitest";
import journal from "@/migrations/meta/_journal.json";
import { healthSchema } from "@/lib/system/schemas";
import { call } from "./http-client";

it("reports the driver, the embedded database and every migration applied", async () => {
  const response = await call({ userId: null, cookie: null }, "GET", "/api/health");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/json");
  const body = healthSchema.parse(await response.json());
  expect(body).toEqual({
    ok: true,
    db: { driver: "pg", embedded: !process.env.TEST_DATABASE_URL, migrations: journal.entries.length, pending: 0 },
    // The suite's server runs no ticker; whether a test file has ticked before this one is a matter of order.
    scheduler: { leader: expect.toBeOneOf([null, expect.any(String)]), last_tick_at: expect.toBeOneOf([null, expect.any(String)]) },
  });
});

it("answers an unknown API path with 404 and an unsupported method with 405", async () => {
  expect((await call({ userId: null, cookie: null }, "GET", "/api/no-such-thing")).status).toBe(404);
  expect((await call({ userId: null, cookie: null }, "DELETE", "/api/health")).status).toBe(405);
});
