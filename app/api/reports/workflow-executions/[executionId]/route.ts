import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { getWorkflowExecution, listExecutionWeeks, weekJson, workflowExecutionJson, workflowExecutionParams } from "@/lib/reports";

export const GET = route({
  auth: "user",
  params: workflowExecutionParams,
  async handler({ db, user, params }) {
    const execution = await getWorkflowExecution(db, user.id, params.executionId);
    const weeks = await listExecutionWeeks(db, user.id, params.executionId);
    return json({ workflow_execution: workflowExecutionJson(execution), weeks: weeks.map(weekJson) });
  },
});
