import { json } from "@/lib/http/json";
import { pageInfo } from "@/lib/http/pagination";
import { route } from "@/lib/http/route";
import { eventJson, eventListQuery, listEvents } from "@/lib/scheduler";

export const GET = route({
  auth: "user",
  query: eventListQuery,
  async handler({ db, user, query }) {
    const { events, totalCount } = await listEvents(db, user, query);
    return json({ events: events.map(eventJson), ...pageInfo(totalCount, query) });
  },
});
