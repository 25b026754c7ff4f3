import { RECONCILE_STALE_ACTION, reconcileStaleExecutions, staleReconcileBody } from "@/lib/admin";
import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";

export const POST = route({
  auth: "admin",
  body: staleReconcileBody,
  audit: RECONCILE_STALE_ACTION,
  async handler({ db, user }) {
    return json(await reconcileStaleExecutions(db, user.id));
  },
});
