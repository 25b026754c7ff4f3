// Weekly report collections: the public surface the routes, pages, admin tools and the scheduler's handler use.
export { createCollection } from "./create-collection";
export { runCollection } from "./run-collection";
export { collectReport, type CollectOutcome } from "./collect";
export { getCollection, getWorkflowExecution, listCollectionExecutions, listCollections, listExecutionWeeks, listWeeks } from "./queries";
export { collectionJson, weekJson, workflowExecutionJson, type CollectionRow, type WeekRow, type WorkflowExecutionRow } from "./serializers";
export { countIsoWeeks, isoWeekLabel, isoWeeksOf, MAX_COLLECTION_WEEKS, type IsoWeek } from "./iso-weeks";
export { linkLegacyReportWeeks, type ReportLinkResult } from "./reconcile-links.sql";
export {
  executionIdSchemaCheck,
  weekPopulation,
  weekPopulationByDay,
  type DailyPopulation,
  type ExecutionIdSchemaCheck,
  type WeekPopulation,
} from "./verification.sql";
export { REPORTS_PROJECT_NAME } from "./runner-task";
export * from "./schemas";
export { reportOperations } from "./openapi";
