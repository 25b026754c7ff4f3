// The CSV export of a tenant's runs as a streamed HTTP response: the header line at once, then the runs as
// they are read, a thousand per query (queries.ts iterateLogs), so memory stays flat however many there are.
import type { Db } from "@/lib/db/connect";
import { EXPORT_MAX_ROWS, logCsvLine, logsCsvHeader } from "./csv-export";
import { countLogs, iterateLogs } from "./queries";
import type { LogFilter } from "./schemas";

export async function exportLogsCsv(db: Db, userId: string, filter: LogFilter): Promise<Response> {
  const total = await countLogs(db, userId, filter);
  const rows = iterateLogs(db, userId, filter, { limit: EXPORT_MAX_ROWS });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(logsCsvHeader()));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(logCsvLine(next.value)));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tickboard-runs-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Total-Count": String(total),
      "X-Export-Truncated": String(total > EXPORT_MAX_ROWS),
    },
  });
}
