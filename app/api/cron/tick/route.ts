import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { runTick } from "@/lib/scheduler";

// Never cached or prerendered: every call is a tick.
export const dynamic = "force-dynamic";

// Vercel Cron sends GET; the one GET that writes, and only with the secret (API.md).
const tick = route({
  auth: "cron",
  async handler({ db }) {
    return json(await runTick(db));
  },
});

export const GET = tick;
export const POST = tick;
