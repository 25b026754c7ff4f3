import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { dashboardJson, schedulerDashboard } from "@/lib/scheduler";

export const GET = route({
  auth: "user",
  async handler({ db, user }) {
    return json(dashboardJson(await schedulerDashboard(db, user.id)));
  },
});
