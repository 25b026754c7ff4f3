// The stage gates (test/gates.ts) cover every test file of the repository exactly once, and name only files
// that exist: a test added without a gate, or a gate naming a file that was moved, fails here.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GATES } from "./gates";

async function testFiles(dir: string, pattern: RegExp): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await testFiles(full, pattern)));
    else if (pattern.test(entry.name)) out.push(full);
  }
  return out;
}

describe("stage gates", () => {
  it("list every vitest file and every Playwright spec exactly once", async () => {
    const vitest = (await Promise.all(["lib", "scripts", "components", "test"].map((dir) => testFiles(dir, /\.test\.ts$/)))).flat();
    const specs = await testFiles("e2e", /\.spec\.ts$/);
    const gated = Object.values(GATES).flatMap((g) => [...g.integration, ...g.http, ...g.e2e]);
    expect([...gated].sort()).toEqual([...vitest, ...specs].sort());
    expect(new Set(gated).size).toBe(gated.length);
  });

  it("put each file in the runner that runs it: http files under test/http, specs under e2e", () => {
    for (const gate of Object.values(GATES)) {
      expect(gate.integration.filter((f) => f.startsWith("test/http/") || !f.endsWith(".test.ts"))).toEqual([]);
      expect(gate.http.filter((f) => !f.startsWith("test/http/"))).toEqual([]);
      expect(gate.e2e.filter((f) => !f.startsWith("e2e/") || !f.endsWith(".spec.ts"))).toEqual([]);
    }
  });
});
