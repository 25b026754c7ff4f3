// Server side of the audit log page's URL, validated by the API's own schema (auditLogQuery).
import { listHref, parseListQuery, type ParsedListQuery, type RawSearchParams } from "@/components/ui/parse-list-query";
import { auditLogQuery, type AuditLogQuery } from "@/lib/admin";

export type { RawSearchParams };

const KEYS = ["page", "page_size", "action", "actor_user_id"] as const;
type Key = (typeof KEYS)[number];

export type ParsedAuditLogList = ParsedListQuery<Key, AuditLogQuery>;

export function parseAuditLogQuery(raw: RawSearchParams): ParsedAuditLogList {
  return parseListQuery(auditLogQuery, KEYS, raw);
}

export function auditLogHref(params: ParsedAuditLogList["params"], changes: Partial<Record<Key, string | undefined>>): string {
  return listHref("/admin/audit-log", KEYS, params, changes);
}
