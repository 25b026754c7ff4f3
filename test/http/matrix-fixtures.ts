// The callers and rows the route matrix and the GET-never-writes suite start from: an anonymous caller, two
// tenants and an admin (signed up over HTTP), and tenant A's project, tasks, run, report collection and
// workflow execution, made directly in the database. Also installs the write detector (test databases only).
import { afterAll, beforeAll, inject } from "vitest";
import { projects, reportDataCollections, tasks, workflowExecutions } from "@/drizzle";
import { connect, type Database } from "@/lib/db/connect";
import { writeExecutionLogs } from "@/lib/logs";
import { installWriteDetector } from "../harness/write-detector";
import { signUp, type Caller } from "./http-client";
import type { Fixtures, Identity } from "./route-matrix";

export interface MatrixSetup {
  readonly database: Database;
  readonly fixtures: Fixtures;
  readonly callers: Record<Identity, Caller>;
}

/** `prefix` keeps each file's accounts apart on the shared app database. */
export function setupMatrix(prefix: string): MatrixSetup {
  let database: Database;
  let fixtures: Fixtures;
  const callers = {} as Record<Identity, Caller>;

  beforeAll(async () => {
    database = connect(inject("appDatabaseUrl"), { driver: "pg", max: 2 });
    await installWriteDetector(database.db);
    callers.anonymous = { userId: null, cookie: null };
    callers.tenantA = await signUp(database.db, `${prefix}-a@example.com`);
    callers.tenantB = await signUp(database.db, `${prefix}-b@example.com`);
    callers.admin = await signUp(database.db, `${prefix}-admin@example.com`, { admin: true });
    const owner = callers.tenantA.userId!;
    const [project] = await database.db.insert(projects).values({ userId: owner, name: "A's project" }).returning();
    const [task, disposable] = await database.db
      .insert(tasks)
      .values([
        { projectId: project!.id, userId: owner, title: "A's task" },
        { projectId: project!.id, userId: owner, title: "A's task to delete" },
      ])
      .returning();
    const [executionId] = await writeExecutionLogs(database.db, owner, [{ taskId: task!.id, status: "succeeded", scheduledFor: new Date(), durationMs: 5 }]);
    const [collection] = await database.db
      .insert(reportDataCollections)
      .values({ userId: owner, name: "A's report", startDate: "2026-10-05", endDate: "2026-10-18" })
      .returning();
    const [workflow] = await database.db
      .insert(workflowExecutions)
      .values({ userId: owner, kind: "report_collection", status: "succeeded", collectionId: collection!.id })
      .returning();
    fixtures = {
      tenantA: {
        userId: owner,
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

  return {
    get database() {
      return database;
    },
    get fixtures() {
      return fixtures;
    },
    callers,
  };
}
