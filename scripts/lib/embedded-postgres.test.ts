// The embedded server behind `npm run dev`: data survives a restart, and a second launcher joins a server
// that is already running on the same data instead of failing.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { freePort } from "@/test/harness/free-port";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";

let parent: string | undefined;
afterAll(async () => {
  if (parent) await rm(parent, { recursive: true, force: true });
});

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

it("keeps its data across a stop and a start, and lets a second launcher join a running server", async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), "tickboard-embedded-"));
  await chmod(parent, 0o755);
  const options = { dataDir: path.join(parent, "pg"), port: await freePort(), persistent: true };

  const first = await startEmbeddedPostgres(options);
  await ensureDatabase(first, "app");
  await ensureDatabase(first, "app"); // idempotent
  await query(first.url("app"), "create table kept (v text); insert into kept values ('still here')");

  const joined = await startEmbeddedPostgres({ ...options, port: await freePort() });
  expect(joined.port).toBe(first.port);
  expect(await query(joined.url("app"), "select v from kept")).toEqual([{ v: "still here" }]);
  await joined.stop(); // a joiner does not stop the server it joined
  expect(await query(first.url("app"), "select count(*)::int as n from kept")).toEqual([{ n: 1 }]);
  await first.stop();

  const again = await startEmbeddedPostgres(options);
  try {
    expect(await query(again.url("app"), "select v from kept")).toEqual([{ v: "still here" }]);
  } finally {
    await again.stop();
  }
}, 60_000);
