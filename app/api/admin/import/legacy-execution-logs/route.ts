import { importLegacyExecutionLogs } from "@/lib/admin";
import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { streamTextBody } from "@/lib/http/stream-body";

// 100,000 legacy lines with long error texts fit; the line limit (413) is checked while streaming too.
const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const FORMATS = {
  json: { pattern: /^application\/([\w.+-]+\+)?json\b/i, mediaType: "application/json" },
  csv: { pattern: /^(text|application)\/csv\b/i, mediaType: "text/csv" },
};

export const POST = route({
  auth: "admin",
  async handler({ db, user, request }) {
    return json(await importLegacyExecutionLogs(db, user.id, () => streamTextBody(request, FORMATS, MAX_IMPORT_BYTES)));
  },
});
