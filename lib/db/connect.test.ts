import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setupTestDatabase, testDriver } from "@/test/harness/test-database";
import { connect, driverFor } from "./connect";

describe("driverFor", () => {
  it("picks the Neon driver for a *.neon.tech host and node-postgres for anything else", () => {
    expect(driverFor("postgres://u:p@ep-cool-1234.eu-central-1.aws.neon.tech/db", "")).toBe("neon");
    expect(driverFor("postgres://postgres@127.0.0.1:5432/test", "")).toBe("pg");
    expect(driverFor("postgres://db.internal.example.com/app", "")).toBe("pg");
  });

  it("lets DATABASE_DRIVER override the host rule", () => {
    expect(driverFor("postgres://postgres@127.0.0.1:5432/test", "neon")).toBe("neon");
    expect(driverFor("postgres://u@x.neon.tech/db", "pg")).toBe("pg");
  });

  it("refuses a URL that does not parse, without echoing it (it may hold a password)", () => {
    expect(() => connect("not a url with secret-password")).toThrow(/not a valid postgres:\/\/ URL/);
    expect(() => connect("not a url with secret-password")).not.toThrow(/secret-password/);
  });
});

describe(`the ${testDriver} driver against real Postgres`, () => {
  const t = setupTestDatabase();

  it("runs queries and returns pg-shaped rows", async () => {
    const result = await t.db.execute<{ answer: number }>(sql`select 41 + 1 as answer`);
    expect(result.rows).toEqual([{ answer: 42 }]);
  });

  it("commits a transaction as a whole and rolls it back as a whole", async () => {
    await t.db.execute(sql`create table tx_probe (n int)`);
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into tx_probe values (1)`);
      await tx.execute(sql`insert into tx_probe values (2)`);
    });
    await expect(
      t.db.transaction(async (tx) => {
        await tx.execute(sql`insert into tx_probe values (3)`);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const rows = await t.db.execute<{ n: number }>(sql`select n from tx_probe order by n`);
    expect(rows.rows.map((r) => r.n)).toEqual([1, 2]);
  });

  it("survives the server closing an idle pooled connection: logged, replaced, no crash", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const database = t.open(1);
    const first = await database.db.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
    await t.db.execute(sql`select pg_terminate_backend(${first.rows[0]!.pid})`);
    await vi.waitFor(() => expect(log).toHaveBeenCalled());
    expect(String(log.mock.calls[0]?.[0])).toContain("idle database connection lost");
    const again = await database.db.execute<{ ok: number }>(sql`select 1 as ok`);
    expect(again.rows).toEqual([{ ok: 1 }]);
    log.mockRestore();
  });
});
