import { dbInfo } from "@/lib/db";
import { json } from "@/lib/http/json";
import { problem } from "@/lib/http/problem";
import { logError } from "@/lib/log";
import { route } from "@/lib/http/route";
import { checkHealth } from "@/lib/system";

export const GET = route({
  auth: "public",
  async handler({ db }) {
    try {
      return json(await checkHealth(db, dbInfo()));
    } catch (error) {
      logError("health check failed", { path: "/api/health" }, error);
      return problem(503, "The database is unreachable.");
    }
  },
});
