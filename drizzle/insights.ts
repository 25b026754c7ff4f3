// platform_insights: per tenant and platform label, what its tasks did in the last 7 days. Computed only by
// the explicit reconcile (POST /api/admin/reconcile/platform-insights, lib/insights/reconcile.sql.ts); GET
// /api/insights reads it and computes nothing. History (seed 001, migration 008): the table first existed
// without a unique key, so concurrent "compute on read" requests could insert the same (user, platform)
// twice; migration 0014 removes those duplicates (keeping the newest) and adds UNIQUE (user_id, platform),
// the ON CONFLICT target that makes the reconcile race-safe.
import { sql } from "drizzle-orm";
import { check, doublePrecision, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

export const platformInsights = pgTable(
  "platform_insights",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    platform: text("platform").notNull(),
    tasks: integer("tasks").notNull().default(0),
    runs7d: integer("runs_7d").notNull().default(0),
    // succeeded ÷ finished runs of the last 7 days, 0–1; null when none finished.
    successRate7d: doublePrecision("success_rate_7d"),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One row per tenant and platform; also the index of a tenant's rows (GET /api/insights).
    unique("platform_insights_user_id_platform_key").on(t.userId, t.platform),
    check("platform_insights_success_rate_7d_check", sql`${t.successRate7d} between 0 and 1`),
  ],
);
