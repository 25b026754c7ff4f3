// Postgres errors as drizzle surfaces them through the driver under test.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { projects, tasks } from "@/drizzle";
import { insertTenant } from "@/test/harness/tenants";
import { setupTestDatabase } from "@/test/harness/test-database";
import { errorSummary, isForeignKeyViolation, isUniqueViolation } from "./errors";

const t = setupTestDatabase();

describe("Postgres error recognition", () => {
  it("names a foreign key violation by its constraint", async () => {
    const userId = await insertTenant(t.db, "fk-user");
    const error = await t.db.insert(tasks).values({ projectId: randomUUID(), userId, title: "Orphan" }).catch((e: unknown) => e);
    expect(isForeignKeyViolation(error, "tasks_project_id_projects_id_fk")).toBe(true);
    expect(isForeignKeyViolation(error, "tasks_user_id_user_id_fk")).toBe(false);
    expect(isUniqueViolation(error, "tasks_project_id_projects_id_fk")).toBe(false);
  });

  it("names a unique violation by its constraint", async () => {
    const userId = await insertTenant(t.db, "uq-user");
    const [project] = await t.db.insert(projects).values({ userId, name: "P" }).returning();
    const row = { projectId: project!.id, userId, title: "T", externalId: "same" };
    await t.db.insert(tasks).values(row);
    const error = await t.db.insert(tasks).values(row).catch((e: unknown) => e);
    expect(isUniqueViolation(error, "tasks_project_id_external_id_key")).toBe(true);
    expect(isUniqueViolation(new Error("plain"), "tasks_project_id_external_id_key")).toBe(false);
  });

  it("summarises a failed statement by the database's message, without the statement or its parameters", async () => {
    const userId = await insertTenant(t.db, "summary-user");
    const error = await t.db.insert(tasks).values({ projectId: randomUUID(), userId, title: "Secret title" }).catch((e: unknown) => e);
    const summary = errorSummary(error);
    expect(summary).toMatch(/violates foreign key constraint "tasks_project_id_projects_id_fk"/);
    expect(summary).not.toContain("insert into");
    expect(summary).not.toContain("Secret title");
    expect(errorSummary(new Error("plain"))).toBe("plain");
  });
});
