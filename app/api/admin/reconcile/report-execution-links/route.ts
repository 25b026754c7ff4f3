import { RECONCILE_REPORT_LINKS_ACTION, reconcileReportExecutionLinks, reportLinksReconcileBody } from "@/lib/admin";
import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";

export const POST = route({
  auth: "admin",
  body: reportLinksReconcileBody,
  audit: RECONCILE_REPORT_LINKS_ACTION,
  async handler({ db, user }) {
    return json(await reconcileReportExecutionLinks(db, user.id));
  },
});
