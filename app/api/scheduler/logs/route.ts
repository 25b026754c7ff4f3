import { json } from "@/lib/http/json";
import { pageInfo } from "@/lib/http/pagination";
import { route } from "@/lib/http/route";
import { executionLogJson, listLogs, logListQuery } from "@/lib/logs";

export const GET = route({
  auth: "user",
  query: logListQuery,
  async handler({ db, user, query }) {
    const { logs, totalCount } = await listLogs(db, user.id, query);
    return json({ logs: logs.map(executionLogJson), ...pageInfo(totalCount, query) });
  },
});
