// Tasks: the public surface other modules, the routes and the pages use.
export { bulkCreateTasks, type BulkOutcome } from "./bulk-create";
export { createTask } from "./create-task";
export { deleteTask } from "./delete-task";
export { findByExternalId, getTask, listPlatforms, listTasks, type TaskPage } from "./queries";
export { nextRunAfter } from "./schedule";
export * from "./schemas";
export { taskJson, type TaskRow } from "./serializers";
export { updateTask } from "./update-task";
export { taskOperations } from "./openapi";
