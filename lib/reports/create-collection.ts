// POST /api/reports/collections: a collection and the task that runs it, in one transaction (a collection is
// never left without its runner, nor a runner without its collection).
import { eq } from "drizzle-orm";
import { reportDataCollections as collections } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { getCollection } from "./queries";
import { ensureRunnerTask } from "./runner-task";
import type { CollectionCreate } from "./schemas";
import type { CollectionRow } from "./serializers";

export async function createCollection(db: Db, userId: string, input: CollectionCreate): Promise<CollectionRow> {
  const id = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(collections)
      .values({ userId, name: input.name, startDate: input.start_date, endDate: input.end_date })
      .returning({ id: collections.id, name: collections.name });
    const taskId = await ensureRunnerTask(tx as unknown as Db, userId, created!);
    await tx.update(collections).set({ taskId }).where(eq(collections.id, created!.id));
    return created!.id;
  });
  return getCollection(db, userId, id);
}
