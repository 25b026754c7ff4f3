// Seed 001's three stage gates, each a list of the test files that decide it (`npm run gate:1|2|3`, run by
// scripts/gate.ts; docs/stage-gates.md says what each gate means). Every test file belongs to exactly one gate:
// test/gates.test.ts fails for a file added without one, and `npm test` runs the three gates.
export interface Gate {
  title: string;
  /** vitest files of the integration project (real Postgres: embedded, or TEST_DATABASE_URL). */
  integration: string[];
  /** vitest files of the http project (the built app under `next start`). */
  http: string[];
  /** Playwright specs (the built app in Chromium, on demo data). */
  e2e: string[];
}

export const GATES: Record<"1" | "2" | "3", Gate> = {
  "1": {
    title: "Gate 1 (P0) — API contract and tenant isolation",
    integration: [
      "components/tasks/bulk-import-parse.test.ts",
      "components/tasks/task-patch-body.test.ts",
      "lib/auth/rate-limit.test.ts",
      "lib/db/connect.test.ts",
      "lib/db/errors.test.ts",
      "lib/http/pagination.test.ts",
      "lib/http/route.test.ts",
      "lib/log.test.ts",
      "lib/projects/projects.test.ts",
      "lib/system/health.test.ts",
      "lib/tasks/bulk-create.test.ts",
      "lib/tasks/bulk-plan.test.ts",
      "lib/tasks/create-task.test.ts",
      "lib/tasks/queries.test.ts",
      "lib/tasks/schemas.test.ts",
      "lib/tasks/update-task.test.ts",
      "scripts/lib/demo-data.test.ts",
      "scripts/lib/embedded-postgres.test.ts",
      "test/gates.test.ts",
    ],
    http: ["test/http/health.test.ts", "test/http/route-matrix.test.ts", "test/http/tasks.test.ts", "test/http/logs.test.ts", "test/http/reports.test.ts"],
    e2e: ["e2e/auth.spec.ts", "e2e/tasks.spec.ts", "e2e/task-edit.spec.ts", "e2e/milestones.spec.ts", "e2e/logs.spec.ts", "e2e/reports.spec.ts", "e2e/insights.spec.ts"],
  },
  "2": {
    title: "Gate 2 (P1) — execution lifecycle and leader election",
    integration: [
      "lib/scheduler/crash.test.ts",
      "lib/scheduler/describe-cron.test.ts",
      "lib/scheduler/lease.test.ts",
      "lib/scheduler/plan.test.ts",
      "lib/scheduler/tick.test.ts",
    ],
    http: ["test/http/scheduler.test.ts"],
    e2e: ["e2e/scheduler.spec.ts"],
  },
  "3": {
    title: "Gate 3 (P2) — data model, operational semantics and migrations",
    integration: [
      "lib/audit/audit.test.ts",
      "lib/db/migrations.test.ts",
      "lib/insights/migration.test.ts",
      "lib/insights/reconcile.test.ts",
      "lib/logs/backfill.test.ts",
      "lib/logs/import/import-legacy-logs.test.ts",
      "lib/logs/import/readers.test.ts",
      "lib/logs/migration.test.ts",
      "lib/logs/queries.test.ts",
      "lib/reports/collect.test.ts",
      "lib/reports/iso-weeks.test.ts",
      "lib/reports/reconcile-links.test.ts",
      "lib/reports/verification.test.ts",
      "test/runbook.test.ts",
      "test/schema-drift.test.ts",
      "test/schema.test.ts",
      "test/write-detector.test.ts",
    ],
    http: ["test/http/get-never-writes.test.ts", "test/http/insights.test.ts", "test/http/admin-audit.test.ts"],
    e2e: ["e2e/admin.spec.ts"],
  },
};
