// GET /api/admin/audit-log as JSON.
import type { Db } from "@/lib/db/connect";
import { listAuditLog } from "@/lib/audit";
import { pageInfo } from "@/lib/http/pagination";
import type { AuditLogQuery } from "./schemas";

export async function auditLogJson(db: Db, query: AuditLogQuery) {
  const { entries, totalCount } = await listAuditLog(db, query, { action: query.action, actorUserId: query.actor_user_id });
  return {
    entries: entries.map((e) => ({
      id: e.id,
      actor_user_id: e.actorUserId,
      actor_email: e.actorEmail,
      action: e.action,
      params: e.params,
      result: e.result ?? null,
      status: e.status,
      created_at: e.createdAt.toISOString(),
    })),
    ...pageInfo(totalCount, query),
  };
}
