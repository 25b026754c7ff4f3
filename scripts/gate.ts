// `npm run gate:1|2|3`: one of seed 001's stage gates — its integration files (real Postgres), its HTTP
// contract files (the built app under `next start`) and its browser specs — as listed in test/gates.ts.
// Builds the app first when there is no build yet. Stops at the first failing runner, with its exit code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { GATES } from "@/test/gates";

const id = process.argv[2];
if (id !== "1" && id !== "2" && id !== "3") {
  console.error("usage: tsx scripts/gate.ts 1|2|3");
  process.exit(2);
}
const gate = GATES[id];
const root = path.resolve(import.meta.dirname, "..");
// vitest takes filters, which match any path containing them: absolute paths match exactly the file meant.
const absolute = (files: string[]) => files.map((f) => path.join(root, f));

function run(label: string, command: string, args: string[]) {
  console.log(`\n== ${gate.title}: ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root });
  if (result.status !== 0) {
    console.error(`${gate.title}: ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

if (gate.integration.length > 0) run(`integration (${gate.integration.length} files)`, "npx", ["vitest", "run", "--project", "integration", ...absolute(gate.integration)]);
if (gate.http.length + gate.e2e.length > 0 && !existsSync(path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
  run("build (no build found)", "npx", ["next", "build"]);
}
if (gate.http.length > 0) run(`HTTP contract (${gate.http.length} files)`, "npx", ["vitest", "run", "--project", "http", ...absolute(gate.http)]);
if (gate.e2e.length > 0) run(`browser (${gate.e2e.length} specs)`, "npx", ["playwright", "test", ...gate.e2e]);
console.log(`\n${gate.title}: passed.`);
