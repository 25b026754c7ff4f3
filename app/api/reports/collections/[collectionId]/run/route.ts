import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { collectionParams, runCollection, workflowExecutionJson } from "@/lib/reports";
import { wakeTicker } from "@/lib/scheduler";

export const POST = route({
  auth: "user",
  params: collectionParams,
  async handler({ db, user, params }) {
    const { execution, created } = await runCollection(db, user.id, params.collectionId);
    if (created) wakeTicker();
    return json({ workflow_execution: workflowExecutionJson(execution) }, 202);
  },
});
