// GET /api/health in-process: healthy, migrations pending, and database unreachable.
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/lib/db";
import journal from "@/migrations/meta/_journal.json";
import { freePort } from "@/test/harness/free-port";
import { setupTestDatabase } from "@/test/harness/test-database";
import { GET } from "@/app/api/health/route";

const t = setupTestDatabase();
afterEach(closeDb);

const health = () => GET(new Request("http://localhost:3000/api/health"));

describe("GET /api/health", () => {
  it("answers 200 with the driver and the migration counts", async () => {
    process.env.DATABASE_URL = t.url;
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, db: { driver: "pg", migrations: journal.entries.length, pending: 0 } });
  });

  it("says ok: false while migrations are pending", async () => {
    const other = t.open(1);
    await other.db.execute(sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`);
    process.env.DATABASE_URL = t.url;
    const body = await (await health()).json();
    expect(body).toMatchObject({ ok: false, db: { migrations: journal.entries.length - 1, pending: 1 } });
  });

  it("answers 503 problem+json, without connection details, when the database is unreachable", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.DATABASE_URL = `postgres://postgres:hunter2@127.0.0.1:${await freePort()}/gone`;
    const response = await health();
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ status: 503, detail: "The database is unreachable." });
    expect(text).not.toContain("hunter2");
    log.mockRestore();
  });
});
