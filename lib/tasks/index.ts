// Tasks: the public surface other modules, the routes and the pages use.
export { bulkCreateTasks, type BulkOutcome } from "./bulk-create";
export { createTask } from "./create-task";
export { deleteTask } from "./delete-task";
export { findByExternalId, getTask, listPlatforms, listTasks, type TaskPage } from "./queries";
export { cronSchedule, nextRunAfter, nextRunsAfter } from "./schedule";
export * from "./schemas";
export { issuedSecretJson, taskJson, type TaskRow } from "./serializers";
export { updateTask, type TaskUpdate } from "./update-task";
export { newSigningSecret } from "./handler-secrets";
export { taskOperations } from "./openapi";
