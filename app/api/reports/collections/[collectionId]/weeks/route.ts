import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { collectionParams, listWeeks, weekJson } from "@/lib/reports";

export const GET = route({
  auth: "user",
  params: collectionParams,
  async handler({ db, user, params }) {
    const weeks = await listWeeks(db, user.id, params.collectionId);
    return json({ weeks: weeks.map(weekJson) });
  },
});
