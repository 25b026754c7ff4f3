// The route wrapper, exercised in-process with real Requests, real Better Auth sessions and a real database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/lib/db";
import { z } from "zod";
import { user as userTable } from "@/drizzle";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { registerUniqueViolation } from "./error-status";
import { signUpSession } from "@/test/harness/auth-session";
import { setupTestDatabase } from "@/test/harness/test-database";
import { json } from "./json";
import { route } from "./route";

const t = setupTestDatabase();
const ORIGIN = "http://localhost:3000";
let tenant: { userId: string; cookie: string };
let admin: { userId: string; cookie: string };

beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  process.env.BETTER_AUTH_SECRET = "test-secret-at-least-32-characters-long!!";
  process.env.BETTER_AUTH_URL = ORIGIN;
  tenant = await signUpSession(t.db, "tenant@example.com");
  admin = await signUpSession(t.db, "admin@example.com", { admin: true });
});
// The wrapper opened the app's own pool on DATABASE_URL: close it before the database is dropped.
afterAll(closeDb);

const Item = z.object({ title: z.string().min(1).max(10) });
const echo = route({
  auth: "user",
  params: z.object({ id: z.uuid() }),
  query: z.object({ page: z.coerce.number().int().min(1).default(1) }),
  body: z.object({ items: z.array(Item).max(3) }),
  maxBodyBytes: 1024,
  async handler({ user, params, query, body }) {
    return json({ user: user.id, id: params.id, page: query.page, count: body.items.length }, 201);
  },
});
const ID = "0b6f8f5e-1a44-4d8e-9f3c-5a0c1f1c2d3e";

function call(handler: typeof echo, init: RequestInit & { path?: string; id?: string; cookie?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  const request = new Request(`${ORIGIN}${init.path ?? "/api/echo"}`, { method: "POST", ...init, headers });
  return handler(request, { params: Promise.resolve({ id: init.id ?? ID }) });
}
const jsonBody = (body: unknown) => ({ body: JSON.stringify(body), headers: { "content-type": "application/json" } });

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
  return body as { detail: string; errors?: { path: string; message: string }[] };
}

describe("route()", () => {
  it("runs the handler with the session user and parsed params, query and body", async () => {
    const response = await call(echo, { cookie: tenant.cookie, path: "/api/echo?page=2", ...jsonBody({ items: [{ title: "a" }] }) });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ user: tenant.userId, id: ID, page: 2, count: 1 });
  });

  it("answers 401 problem+json without a session", async () => {
    await expectProblem(await call(echo, jsonBody({ items: [] })), 401);
  });

  it("answers 403 to a tenant on an admin route, and lets the admin in", async () => {
    const adminOnly = route({ auth: "admin", handler: async () => json({ ok: true }) });
    await expectProblem(await adminOnly(new Request(`${ORIGIN}/api/admin/x`, { headers: { cookie: tenant.cookie } })), 403);
    expect((await adminOnly(new Request(`${ORIGIN}/api/admin/x`, { headers: { cookie: admin.cookie } }))).status).toBe(200);
  });

  it("answers 400 naming every invalid field by its path", async () => {
    const body = await expectProblem(await call(echo, { cookie: tenant.cookie, ...jsonBody({ items: [{ title: "ok" }, { title: "" }] }) }), 400);
    expect(body.errors).toEqual([{ path: "items[1].title", message: expect.any(String) }]);
    expect(body.detail).toContain("items[1].title");
  });

  it("answers 400 for an invalid query value and for malformed JSON", async () => {
    const query = await expectProblem(await call(echo, { cookie: tenant.cookie, path: "/api/echo?page=0", ...jsonBody({ items: [] }) }), 400);
    expect(query.errors?.[0]?.path).toBe("page");
    await expectProblem(await call(echo, { cookie: tenant.cookie, body: "{oops", headers: { "content-type": "application/json" } }), 400);
  });

  it("answers 415 for a body that is not JSON", async () => {
    await expectProblem(await call(echo, { cookie: tenant.cookie, body: "items=1", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415);
  });

  it("answers 413 for a body over the limit, even without a Content-Length", async () => {
    const big = JSON.stringify({ items: [{ title: "x".repeat(2000) }] });
    await expectProblem(await call(echo, { cookie: tenant.cookie, body: big, headers: { "content-type": "application/json" } }), 413);
    const stream = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(big)), c.close()) });
    const streamed = await call(echo, { cookie: tenant.cookie, body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    await expectProblem(streamed, 413);
  });

  it("reads an empty body as {} (so optional bodies may be omitted)", async () => {
    const optional = route({ auth: "user", body: z.object({ batch_size: z.number().optional() }), handler: async ({ body }) => json(body) });
    const response = await optional(new Request(`${ORIGIN}/api/x`, { method: "POST", headers: { cookie: tenant.cookie } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
  });

  it("answers 404 for a malformed id in the path, like an unknown one", async () => {
    await expectProblem(await call(echo, { cookie: tenant.cookie, id: "not-a-uuid", ...jsonBody({ items: [] }) }), 404);
  });

  it("refuses a cookie-carrying mutation from another origin with 403, and allows scripts without Origin", async () => {
    const crossSite = { cookie: tenant.cookie, ...jsonBody({ items: [] }) };
    await expectProblem(await call(echo, { ...crossSite, headers: { ...crossSite.headers, origin: "https://evil.example" } }), 403);
    expect((await call(echo, { ...crossSite, headers: { ...crossSite.headers, origin: ORIGIN } })).status).toBe(201);
    expect((await call(echo, crossSite)).status).toBe(201);
  });

  it("maps domain errors to their status", async () => {
    const missing = route({ auth: "user", handler: async () => { throw new NotFoundError("task"); } });
    const body = await expectProblem(await missing(new Request(`${ORIGIN}/api/x`, { headers: { cookie: tenant.cookie } })), 404);
    expect(body.detail).toBe("The task does not exist.");
  });

  it("turns a registered unique violation into its domain error, and leaves an unknown one a 500", async () => {
    registerUniqueViolation("user_email_unique", () => new ConflictError("That email is taken."));
    const duplicate = route({
      auth: "user",
      handler: async ({ db }) => {
        await db.insert(userTable).values({ id: crypto.randomUUID(), name: "dup", email: "tenant@example.com" });
        return json({});
      },
    });
    const body = await expectProblem(await duplicate(new Request(`${ORIGIN}/api/x`, { headers: { cookie: tenant.cookie } })), 409);
    expect(body.detail).toBe("That email is taken.");

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const unknown = route({
      auth: "user",
      handler: async ({ db }) => {
        await db.insert(userTable).values({ id: tenant.userId, name: "dup", email: "other@example.com" });
        return json({});
      },
    });
    await expectProblem(await unknown(new Request(`${ORIGIN}/api/x`, { headers: { cookie: tenant.cookie } })), 500);
    log.mockRestore();
  });

  it("answers an unexpected error with a bare 500 and logs it as structured JSON, never leaking the stack", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = route({ auth: "user", handler: async () => { throw new Error("db password is hunter2"); } });
    const response = await broken(new Request(`${ORIGIN}/api/x`, { headers: { cookie: tenant.cookie } }));
    const text = await response.clone().text();
    await expectProblem(response, 500);
    expect(text).not.toMatch(/hunter2|at .*\.ts/);
    const logged = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(logged).toMatchObject({ level: "error", method: "GET", path: "/api/x", error: { message: "db password is hunter2" } });
    log.mockRestore();
  });
});
