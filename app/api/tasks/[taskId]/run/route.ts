import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { parseOrThrow } from "@/lib/http/validate";
import { executionLogJson, getLog } from "@/lib/logs";
import { manualRunHeaders, queueManualRun, wakeTicker } from "@/lib/scheduler";
import { taskParams } from "@/lib/tasks";

export const POST = route({
  auth: "user",
  params: taskParams,
  async handler({ request, db, user, params }) {
    const headers = parseOrThrow(manualRunHeaders, { "Idempotency-Key": request.headers.get("idempotency-key") ?? undefined }, "request headers");
    const key = headers["Idempotency-Key"] ?? null;
    const { executionId, created } = await queueManualRun(db, user.id, params.taskId, key);
    if (created) wakeTicker();
    const execution = executionLogJson(await getLog(db, user.id, executionId));
    return json({ execution }, 202, created ? undefined : { "Idempotent-Replay": "true" });
  },
});
