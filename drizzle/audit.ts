// audit_log: one row per admin action (reconciles, imports), failures included, written in the same
// transaction as the action by lib/audit. actor_user_id has no FK on purpose: the record of who did
// something must outlive the account that did it.
import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const AUDIT_STATUSES = ["succeeded", "failed"] as const;

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorUserId: text("actor_user_id").notNull(),
    action: text("action").notNull(),
    params: jsonb("params").$type<unknown>().notNull().default({}),
    result: jsonb("result").$type<unknown>(),
    status: text("status", { enum: AUDIT_STATUSES }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("audit_log_status_check", sql`${t.status} in ('succeeded', 'failed')`),
    // The admin console lists the newest entries, optionally for one action.
    index("audit_log_action_created_at_idx").on(t.action, t.createdAt),
    index("audit_log_created_at_idx").on(t.createdAt),
    // The audit page filters by who acted.
    index("audit_log_actor_user_id_created_at_idx").on(t.actorUserId, t.createdAt),
  ],
);
