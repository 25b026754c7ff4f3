// Execution logs: the public surface other modules, the routes and the pages use. Every read goes through
// the compatible tenant filter and every write through the compatible writer (seed 000, P2.A).
export { backfillExecutionLogIdentity, pendingBackfillRows, BACKFILL_DEFAULT_BATCH_SIZE, BACKFILL_DEFAULT_MAX_BATCHES, BACKFILL_MAX_BATCH_SIZE, type BackfillResult } from "./backfill";
export { executionLogIdentityReport, goCriteria, type ExecutionLogIdentityReport, type GoCriterion } from "./backfill-report";
export { logsCsvHeader, logCsvLine, EXPORT_MAX_ROWS } from "./csv-export";
export { exportLogsCsv } from "./export-response";
export { importLegacyLogs, IMPORT_MAX_LINES, REJECTED_LISTED_MAX, type ImportFormat, type ImportResult } from "./import/import-legacy-logs";
export { LEGACY_COLUMNS } from "./import/legacy-line";
export { IMPORTED_HISTORY_PROJECT_NAME } from "./import/legacy-tasks.sql";
export { legacyUserId } from "./identity";
export { visibleTo } from "./tenant-filter";
export { countLogs, getLog, iterateLogs, listLogs, type LogPage } from "./queries";
export * from "./schemas";
export { executionLogJson, type LogRow } from "./serializers";
export { identityColumns, writeExecutionLogs, type NewExecutionLog } from "./write-log";
export { logOperations } from "./openapi";
