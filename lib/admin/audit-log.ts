// GET /api/admin/audit-log as JSON.
import type { Db } from "@/lib/db/connect";
import { listAuditLog } from "@/lib/audit";
import { pageInfo, type Pagination } from "@/lib/http/pagination";

export async function auditLogJson(db: Db, page: Pagination) {
  const { entries, totalCount } = await listAuditLog(db, page);
  return {
    entries: entries.map((e) => ({
      id: e.id,
      actor_user_id: e.actorUserId,
      action: e.action,
      params: e.params,
      result: e.result ?? null,
      status: e.status,
      created_at: e.createdAt.toISOString(),
    })),
    ...pageInfo(totalCount, page),
  };
}
