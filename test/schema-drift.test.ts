// The schema in drizzle/ and the SQL in migrations/ must not drift apart: generating a migration from the
// current schema (into a copy of migrations/) must find nothing to do.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("drizzle-kit finds no schema change that lacks a migration", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tickboard-drift-"));
  await cp("migrations", path.join(dir, "migrations"), { recursive: true });
  // drizzle-kit wants paths relative to its working directory.
  const schema = path.relative(dir, path.resolve("drizzle/index.ts"));
  await writeFile(path.join(dir, "drizzle.config.ts"), `export default { dialect: "postgresql", schema: ${JSON.stringify(schema)}, out: "./migrations" };\n`);
  const before = await readdir(path.join(dir, "migrations"));
  const bin = path.resolve("node_modules/.bin/drizzle-kit");
  const { stdout, stderr } = await promisify(execFile)(bin, ["generate", "--config", "drizzle.config.ts", "--name", "drift"], { cwd: dir });
  expect(stdout + stderr).toMatch(/No schema changes/);
  expect(await readdir(path.join(dir, "migrations"))).toEqual(before);
}, 60_000);
