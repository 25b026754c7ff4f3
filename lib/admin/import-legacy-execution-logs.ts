// POST /api/admin/import/legacy-execution-logs: one audited import of legacy history. Atomic: the rows, the
// "Imported history" projects and tasks, and the audit row commit together, or (a body refused part-way)
// not at all. The audit row keeps the counts, not the list of rejected lines.
import { audited } from "@/lib/audit";
import type { Db } from "@/lib/db/connect";
import type { TextBody } from "@/lib/http/stream-body";
import { importLegacyLogs, type ImportFormat, type ImportResult } from "@/lib/logs";
import type { AdminAction } from "./actions";

export const IMPORT_LEGACY_ACTION = "import.legacy_execution_logs" satisfies AdminAction;

/**
 * `openBody` reads the request's body (and refuses a wrong media type or size); it runs inside the audited
 * action, so such a refusal is recorded like any other failure.
 */
export async function importLegacyExecutionLogs(db: Db, actorUserId: string, openBody: () => TextBody<ImportFormat>) {
  let format: ImportFormat | null = null;
  const result = await audited(
    db,
    { actorUserId, action: IMPORT_LEGACY_ACTION, params: {} },
    (tx) => {
      const body = openBody();
      format = body.format;
      return importLegacyLogs(tx, body);
    },
    { record: (r) => ({ format, ...counts(r), rejected: r.rejected.slice(0, 20) }) },
  );
  return { ...counts(result), rejected: result.rejected };
}

function counts(result: ImportResult) {
  return {
    imported: result.imported,
    skipped: result.skipped,
    orphaned: result.orphaned,
    unresolved: result.unresolved,
    rejected_count: result.rejectedCount,
  };
}
