import { auditLogJson, auditLogQuery } from "@/lib/admin";
import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "admin",
  query: auditLogQuery,
  async handler({ db, query }) {
    return json(await auditLogJson(db, query));
  },
});
