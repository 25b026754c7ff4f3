export { checkHealth, type HealthReport } from "./health";
export { systemOperations } from "./openapi";
