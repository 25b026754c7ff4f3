// The compatible read (seed 000, P2.A): the one filter every reader of task_execution_logs uses. A tenant
// sees the rows whose canonical user_id_str is its id, plus legacy rows not yet backfilled whose integer
// user_id is its id (`user_id::text = :id`). A row that has user_id_str belongs to that tenant alone, even if
// its legacy integer disagrees (a mismatched row, counted by the backfill report), so no row is shown twice.
//
// Written so that both arms are index scans (a BitmapOr), never a sequential scan:
// - `user_id_str = :id` uses idx_task_execution_logs_user_id_str_status_date (or _user_id_str);
// - the legacy arm is `user_id = :n` with the integer computed here — not `user_id::text = :id`, which no
//   index can serve — and uses the partial idx_task_execution_logs_legacy_user_id_status_date
//   (WHERE user_id_str IS NULL). An id that is not an integer's decimal text has no legacy arm at all.
import { sql, type SQL } from "drizzle-orm";
import { taskExecutionLogs as logs } from "@/drizzle";
import { legacyUserId } from "./identity";

export function visibleTo(userId: string): SQL {
  const legacy = legacyUserId(userId);
  if (legacy === null) return sql`${logs.userIdStr} = ${userId}`;
  return sql`(${logs.userIdStr} = ${userId} or (${logs.userIdStr} is null and ${logs.userId} = ${legacy}))`;
}
