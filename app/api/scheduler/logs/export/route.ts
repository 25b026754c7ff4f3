import { route } from "@/lib/http/route";
import { logExportQuery } from "@/lib/logs";
import { exportLogsCsv } from "@/lib/logs/export-response";

export const GET = route({
  auth: "user",
  query: logExportQuery,
  async handler({ db, user, query }) {
    return exportLogsCsv(db, user.id, query);
  },
});
