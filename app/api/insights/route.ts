import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { insightJson, readInsights } from "@/lib/insights";

export const GET = route({
  auth: "user",
  async handler({ db, user }) {
    const { insights, missingPlatforms } = await readInsights(db, user.id);
    return json({ insights: insights.map(insightJson), missing_platforms: missingPlatforms });
  },
});
