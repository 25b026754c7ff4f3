// GET never writes, everywhere (seed 001, P2.B): every GET route of the route matrix and every page, as every
// caller, runs under the write detector (an AFTER trigger on every table) and must leave no row written.
// Better Auth's session refresh and rate-limit counters are bookkeeping and are ignored (write-detector.ts).
import { describe, expect, it } from "vitest";
import { detectWrites } from "../harness/write-detector";
import { call } from "./http-client";
import { setupMatrix } from "./matrix-fixtures";
import { IDENTITIES, PAGE_IDENTITIES, PAGE_MATRIX, ROUTE_MATRIX } from "./route-matrix";

describe("GET never writes", () => {
  const matrix = setupMatrix("readonly");

  it("covers every GET route of the matrix", () => {
    expect(ROUTE_MATRIX.filter((row) => row.method === "GET").length).toBeGreaterThanOrEqual(15);
  });

  for (const row of ROUTE_MATRIX.filter((r) => r.method === "GET")) {
    for (const identity of IDENTITIES) {
      it(`GET ${row.route} as ${identity} writes nothing`, async () => {
        const { path: url } = row.request?.(matrix.fixtures) ?? { path: row.route };
        const { result, writes } = await detectWrites(matrix.database.db, () => call(matrix.callers[identity], "GET", url));
        expect(result.status).toBe(row.expect[identity]);
        expect(writes, "a GET must not write").toEqual([]);
      });
    }
  }

  for (const row of PAGE_MATRIX) {
    for (const identity of PAGE_IDENTITIES) {
      it(`page ${row.page} as ${identity} writes nothing`, async () => {
        const { result, writes } = await detectWrites(matrix.database.db, () => call(matrix.callers[identity], "GET", row.path?.(matrix.fixtures) ?? row.page));
        expect(result.status).toBe(row.expect[identity]);
        expect(writes, "a page must not write").toEqual([]);
      });
    }
  }

  it("the detector sees a write when one happens (a POST through the same path)", async () => {
    const { result, writes } = await detectWrites(matrix.database.db, () => call(matrix.callers.tenantA, "POST", "/api/projects", { name: "Written" }));
    expect(result.status).toBe(201);
    expect(writes).toContainEqual({ table: "projects", op: "INSERT" });
  });
});
