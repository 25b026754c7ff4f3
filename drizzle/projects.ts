// Projects belong to one tenant (a Better Auth user, TEXT id); milestones group a project's tasks.
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

export const PROJECT_KINDS = ["standard", "imported_history", "reports"] as const;

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // `imported_history`: the one project per tenant that holds the tasks of imported legacy history
    // (lib/logs/import); `reports`: the one project per tenant that holds the runner tasks of its report
    // collections (lib/reports); every other project is `standard`.
    kind: text("kind", { enum: PROJECT_KINDS }).notNull().default("standard"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Every project query is scoped by tenant: list a tenant's projects, newest first.
    index("projects_user_id_created_at_idx").on(t.userId, t.createdAt),
    // At most one "Imported history" project per tenant: the ON CONFLICT target that makes concurrent
    // imports agree on it.
    uniqueIndex("projects_imported_history_key").on(t.userId).where(sql`${t.kind} = 'imported_history'`),
    // Likewise at most one "Reports" project per tenant (lib/reports/create-collection.ts).
    uniqueIndex("projects_reports_key").on(t.userId).where(sql`${t.kind} = 'reports'`),
    check("projects_kind_check", sql`${t.kind} in ('standard', 'imported_history', 'reports')`),
  ],
);

export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("milestones_project_id_idx").on(t.projectId)],
);
