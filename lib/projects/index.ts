// Projects and their milestones: the public surface other modules and the routes use.
export { createMilestone } from "./create-milestone";
export { createProject } from "./create-project";
export { assertProjectOwned, getProject, listMilestones, listProjects, milestoneIdsInProject } from "./queries";
export * from "./schemas";
export { milestoneJson, projectJson, type MilestoneRow, type ProjectRow } from "./serializers";
export { projectOperations } from "./openapi";
