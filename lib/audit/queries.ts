// GET /api/admin/audit-log: the audit trail, newest first (admins only; deliberately not tenant-scoped).
// Index relied on: audit_log_created_at_idx.
import { count, desc } from "drizzle-orm";
import { auditLog } from "@/drizzle/audit";
import type { Db } from "@/lib/db/connect";
import { offsetOf, type Pagination } from "@/lib/http/pagination";

export interface AuditLogPage {
  entries: (typeof auditLog.$inferSelect)[];
  totalCount: number;
}

export async function listAuditLog(db: Db, page: Pagination): Promise<AuditLogPage> {
  const [entries, [total]] = await Promise.all([
    db.select().from(auditLog).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(page.page_size).offset(offsetOf(page)),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { entries, totalCount: total?.n ?? 0 };
}
