import { identityReconcileBody, RECONCILE_IDENTITY_ACTION, reconcileExecutionLogIdentity } from "@/lib/admin";
import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";

export const POST = route({
  auth: "admin",
  body: identityReconcileBody,
  audit: RECONCILE_IDENTITY_ACTION,
  async handler({ db, user, body }) {
    return json(await reconcileExecutionLogIdentity(db, user.id, body));
  },
});
