// Every API route × method × caller gets the status the matrix expects; every GET is run under the write
// detector and must not write; every route is in the matrix and (unless marked) in the OpenAPI document.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projects, reportDataCollections, tasks, workflowExecutions } from "@/drizzle";
import { writeExecutionLogs } from "@/lib/logs";
import { connect, type Database } from "@/lib/db/connect";
import { listApiRoutes, matrixGaps } from "../harness/api-routes";
import { detectWrites, installWriteDetector } from "../harness/write-detector";
import { call, signUp, type Caller } from "./http-client";
import { IDENTITIES, ROUTE_MATRIX, type Fixtures, type Identity } from "./route-matrix";

describe("route matrix coverage", () => {
  it("has a row for every route × method in app/api, and no row for a route that does not exist", async () => {
    const gaps = matrixGaps(await listApiRoutes("app"), ROUTE_MATRIX);
    expect(gaps).toEqual({ uncovered: [], stale: [] });
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
  let database: Database;
  let fixtures: Fixtures;
  const callers = {} as Record<Identity, Caller>;

  beforeAll(async () => {
    database = connect(inject("appDatabaseUrl"), { driver: "pg", max: 2 });
    await installWriteDetector(database.db);
    callers.anonymous = { userId: null, cookie: null };
    callers.tenantA = await signUp(database.db, "matrix-a@example.com");
    callers.tenantB = await signUp(database.db, "matrix-b@example.com");
    callers.admin = await signUp(database.db, "matrix-admin@example.com", { admin: true });
    const [project] = await database.db.insert(projects).values({ userId: callers.tenantA.userId!, name: "A's project" }).returning();
    const [task, disposable] = await database.db
      .insert(tasks)
      .values([
        { projectId: project!.id, userId: callers.tenantA.userId!, title: "A's task" },
        { projectId: project!.id, userId: callers.tenantA.userId!, title: "A's task to delete" },
      ])
      .returning();
    const [executionId] = await writeExecutionLogs(database.db, callers.tenantA.userId!, [
      { taskId: task!.id, status: "succeeded", scheduledFor: new Date(), durationMs: 5 },
    ]);
    const [collection] = await database.db
      .insert(reportDataCollections)
      .values({ userId: callers.tenantA.userId!, name: "A's report", startDate: "2026-10-05", endDate: "2026-10-18" })
      .returning();
    const [workflow] = await database.db
      .insert(workflowExecutions)
      .values({ userId: callers.tenantA.userId!, kind: "report_collection", status: "succeeded", collectionId: collection!.id })
      .returning();
    fixtures = {
      tenantA: {
        userId: callers.tenantA.userId!,
        projectId: project!.id,
        taskId: task!.id,
        disposableTaskId: disposable!.id,
        executionId: executionId!,
        collectionId: collection!.id,
        workflowExecutionId: workflow!.id,
      },
    };
  });
  afterAll(() => database?.close());

  for (const row of ROUTE_MATRIX) {
    for (const identity of IDENTITIES) {
      it(`${row.method} ${row.route} as ${identity} → ${row.expect[identity]}`, async () => {
        const { path: url, body } = row.request?.(fixtures) ?? { path: row.route };
        const send = () => call(callers[identity], row.method, url, body);
        if (row.method !== "GET") {
          expect((await send()).status).toBe(row.expect[identity]);
          return;
        }
        const { result, writes } = await detectWrites(database.db, send);
        expect(result.status).toBe(row.expect[identity]);
        expect(writes, "a GET must not write").toEqual([]);
      });
    }
  }
});
