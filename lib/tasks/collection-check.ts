// A report_collection task runs one of its own tenant's report collections: naming a collection that does not
// exist, or is another tenant's, is a 400 on the field (rather than a run that fails later). Read straight from
// report_data_collections: lib/reports creates its runner tasks through this module, so it cannot be imported here.
import { and, eq, inArray } from "drizzle-orm";
import { reportDataCollections } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { ValidationError } from "@/lib/errors";

type HandlerInput = { kind: string; config: Record<string, unknown> } | undefined;

/** `refs`: each handler a request names, with the path of its collection_id field. */
export async function assertCollectionsOwned(db: Db, userId: string, refs: { handler: HandlerInput; path: string }[]) {
  const named = refs.flatMap(({ handler, path }) =>
    handler?.kind === "report_collection" && typeof handler.config.collection_id === "string" ? [{ id: handler.config.collection_id, path }] : [],
  );
  if (named.length === 0) return;
  const found = await db
    .select({ id: reportDataCollections.id })
    .from(reportDataCollections)
    .where(and(eq(reportDataCollections.userId, userId), inArray(reportDataCollections.id, [...new Set(named.map((n) => n.id))])));
  const owned = new Set(found.map((f) => f.id));
  const errors = named.filter((n) => !owned.has(n.id)).map((n) => ({ path: n.path, message: "No report collection of yours has this id." }));
  if (errors.length > 0) throw new ValidationError(`${errors[0]!.path}: no report collection of yours has this id.`, errors);
}
