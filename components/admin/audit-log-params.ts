// The audit log page's URL state as the browser reads and writes it (nuqs): the same keys as GET
// /api/admin/audit-log. The server page validates them with the API's own schema (auditLogQuery).
import { parseAsString } from "nuqs";
import { listPageParsers } from "@/components/ui/list-params";
import { AUDIT_SORT } from "./audit-sort";


export const auditLogParsers = {
  ...listPageParsers(AUDIT_SORT),
  action: parseAsString,
  actor_user_id: parseAsString,
};
