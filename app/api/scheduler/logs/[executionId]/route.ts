import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { executionLogJson, getLog, logParams } from "@/lib/logs";

export const GET = route({
  auth: "user",
  params: logParams,
  async handler({ db, user, params }) {
    return json({ log: executionLogJson(await getLog(db, user.id, params.executionId)) });
  },
});
