// Reads of the audit trail, newest first (admins only; deliberately not tenant-scoped): the audit log page and
// GET /api/admin/audit-log, optionally for one action and/or one actor. Each entry comes with its actor's
// email while the account exists (actor_user_id has no FK: the record outlives the account).
// Indexes relied on: audit_log_created_at_idx, audit_log_action_created_at_idx,
// audit_log_actor_user_id_created_at_idx.
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { auditLog, user } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { offsetOf, type Pagination } from "@/lib/http/pagination";

export type AuditEntryRow = typeof auditLog.$inferSelect & { actorEmail: string | null };

export interface AuditLogPage {
  entries: AuditEntryRow[];
  totalCount: number;
}

export interface AuditLogFilter {
  action?: string;
  actorUserId?: string;
}

function conditions({ action, actorUserId }: AuditLogFilter): SQL | undefined {
  const out: SQL[] = [];
  if (action) out.push(eq(auditLog.action, action));
  if (actorUserId) out.push(eq(auditLog.actorUserId, actorUserId));
  return out.length > 0 ? and(...out) : undefined;
}

export async function listAuditLog(db: Db, page: Pagination, filter: AuditLogFilter = {}): Promise<AuditLogPage> {
  const where = conditions(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({ entry: auditLog, actorEmail: user.email })
      .from(auditLog)
      .leftJoin(user, eq(user.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(page.page_size)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { entries: rows.map((r) => ({ ...r.entry, actorEmail: r.actorEmail })), totalCount: total?.n ?? 0 };
}

export interface AuditActor {
  id: string;
  email: string | null;
}

/** Everyone who has an audit entry, for the page's actor filter (admins are few). */
export async function listAuditActors(db: Db): Promise<AuditActor[]> {
  const rows = await db
    .selectDistinct({ id: auditLog.actorUserId, email: user.email })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorUserId))
    .orderBy(asc(user.email), asc(auditLog.actorUserId));
  return rows;
}
