import { backfillReport } from "@/lib/admin";
import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "admin",
  async handler({ db }) {
    return json(await backfillReport(db));
  },
});
