// Every API route × method × caller, and every page × signed-in caller, gets the status the matrix expects
// (tenant isolation: another tenant's resource is a 404); every route and page is in the matrix, and every
// route (unless marked) in the OpenAPI document. That no GET writes is get-never-writes.test.ts.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listApiRoutes, listPages, matrixGaps } from "../harness/api-routes";
import { call } from "./http-client";
import { setupMatrix } from "./matrix-fixtures";
import { IDENTITIES, PAGE_IDENTITIES, PAGE_MATRIX, ROUTE_MATRIX } from "./route-matrix";

describe("route matrix coverage", () => {
  it("has a row for every route × method in app/api, and no row for a route that does not exist", async () => {
    const gaps = matrixGaps(await listApiRoutes("app"), ROUTE_MATRIX);
    expect(gaps).toEqual({ uncovered: [], stale: [] });
  });

  it("has a row for every page in app, and no row for a page that does not exist", async () => {
    const pages = await listPages("app");
    const rows = PAGE_MATRIX.map((row) => row.page);
    expect({ uncovered: pages.filter((p) => !rows.includes(p)), stale: rows.filter((r) => !pages.includes(r)) }).toEqual({ uncovered: [], stale: [] });
  });

  it("fails for a route added without a row", async () => {
    const app = await mkdtemp(path.join(os.tmpdir(), "tickboard-routes-"));
    await mkdir(path.join(app, "api/health"), { recursive: true });
    await mkdir(path.join(app, "api/(admin)/widgets/[widgetId]"), { recursive: true });
    await writeFile(path.join(app, "api/health/route.ts"), "export const GET = route({});\n");
    await writeFile(path.join(app, "api/(admin)/widgets/[widgetId]/route.ts"), "export const GET = a;\nexport async function DELETE() {}\n");
    const gaps = matrixGaps(await listApiRoutes(app), [{ route: "/api/health", method: "GET" }]);
    expect(gaps.uncovered).toEqual(["DELETE /api/widgets/[widgetId]", "GET /api/widgets/[widgetId]"]);
  });

  it("documents every route × method in /api/openapi.json unless the row says why not", async () => {
    const response = await call({ userId: null, cookie: null }, "GET", "/api/openapi.json");
    const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)));
    const missing = ROUTE_MATRIX.filter((row) => !row.undocumented)
      .map((row) => `${row.method} ${row.route.replace(/\[(\w+)\]/g, "{$1}")}`)
      .filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
  });
});

describe("route matrix", () => {
  const matrix = setupMatrix("matrix");

  for (const row of ROUTE_MATRIX) {
    for (const identity of IDENTITIES) {
      it(`${row.method} ${row.route} as ${identity} → ${row.expect[identity]}`, async () => {
        const { path: url, body } = row.request?.(matrix.fixtures) ?? { path: row.route };
        expect((await call(matrix.callers[identity], row.method, url, body)).status).toBe(row.expect[identity]);
      });
    }
  }

  for (const row of PAGE_MATRIX) {
    for (const identity of PAGE_IDENTITIES) {
      it(`page ${row.page} as ${identity} → ${row.expect[identity]}`, async () => {
        expect((await call(matrix.callers[identity], "GET", row.path?.(matrix.fixtures) ?? row.page)).status).toBe(row.expect[identity]);
      });
    }
  }
});
