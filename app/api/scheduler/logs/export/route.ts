import { route } from "@/lib/http/route";
import { exportLogsCsv, logExportQuery } from "@/lib/logs";

export const GET = route({
  auth: "user",
  query: logExportQuery,
  async handler({ db, user, query }) {
    return exportLogsCsv(db, user.id, query);
  },
});
