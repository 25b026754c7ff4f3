import { insightsReconcileBody, RECONCILE_INSIGHTS_ACTION, reconcilePlatformInsights } from "@/lib/admin";
import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";

export const POST = route({
  auth: "admin",
  body: insightsReconcileBody,
  audit: RECONCILE_INSIGHTS_ACTION,
  async handler({ db, user }) {
    return json(await reconcilePlatformInsights(db, user.id));
  },
});
