// POST /api/projects/{projectId}/tasks:bulk — up to 1,000 tasks in one transaction and a handful of
// statements whatever the batch size: lock the project, check the milestones, match every item against the
// project (one statement), plan in request order (bulk-plan.ts), insert every new task (one statement),
// read back every task of the answer (one statement). Nothing is written unless all of it succeeds.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/connect";
import { assertCollectionsOwned } from "./collection-check";
import { assertMilestonesInProject } from "./milestone-check";
import { insertNewTasks, lockProjectForBulk, matchExisting, readBackTasks } from "./bulk-create.sql";
import { planBulk, type PlanItem } from "./bulk-plan";
import type { BulkCreate, DuplicateStrategy, TaskCreate } from "./schemas";
import type { TaskRow } from "./serializers";
import { insertValues } from "./task-values";

export interface BulkOutcome {
  results: { index: number; outcome: "created" | "existing"; task: TaskRow }[];
  createdCount: number;
  existingCount: number;
}

export async function bulkCreateTasks(db: Db, userId: string, projectId: string, request: BulkCreate): Promise<BulkOutcome> {
  const items = request.tasks;
  const strategy = request.duplicate_strategy;
  return db.transaction(async (tx) => {
    await lockProjectForBulk(tx, userId, projectId);
    await assertMilestonesInProject(
      tx,
      projectId,
      items.flatMap((item, i) => (item.milestone_id ? [{ milestoneId: item.milestone_id, path: `tasks[${i}].milestone_id` }] : [])),
    );

    await assertCollectionsOwned(
      tx,
      userId,
      items.map((item, i) => ({ handler: item.handler, path: `tasks[${i}].handler.config.collection_id` })),
    );

    const planItems = await keysAndMatches(tx, projectId, items, strategy);
    const plan = planBulk(planItems.items, planItems.matches, randomUUID);

    const toCreate = plan.filter((p) => p.outcome === "created");
    const inserted = await insertNewTasks(
      tx,
      toCreate.map((p) => ({ ...insertValues(items[p.index]!, { userId, projectId }), id: p.id })),
    );

    // An insert skipped here lost its external_id to a concurrent single create since the match: that
    // task is the item's existing one, and so for every later item the plan mapped onto it. (Another bulk
    // cannot be the winner: it waits for the project lock.) One read brings back every task of the answer.
    const lost = toCreate.filter((p) => !inserted.has(p.id));
    const lostExternalIds = lost.map((p) => items[p.index]!.external_id!);
    const lostIds = new Set(lost.map((p) => p.id));
    const ids = [...new Set(plan.map((p) => p.id))].filter((id) => !lostIds.has(id));
    const found = await readBackTasks(tx, projectId, ids, lostExternalIds);
    const rows = new Map(found.map((row) => [row.id, row]));
    const byExternalId = new Map(found.map((r) => [r.externalId, r.id]));
    const winners = new Map(lost.map((p) => [p.id, byExternalId.get(items[p.index]!.external_id!)!]));

    const results = plan.map((p) => {
      const winner = winners.get(p.id);
      return winner
        ? { index: p.index, outcome: "existing" as const, task: rows.get(winner)! }
        : { index: p.index, outcome: p.outcome, task: rows.get(p.id)! };
    });
    const createdCount = results.filter((r) => r.outcome === "created").length;
    return { results, createdCount, existingCount: results.length - createdCount };
  });
}

/** Each item's external_id and strategy key, and what the project already holds for them. */
async function keysAndMatches(tx: Db, projectId: string, items: TaskCreate[], strategy: DuplicateStrategy) {
  const byTitle = strategy === "title" || strategy === "title_and_milestone";
  const needsLookup = byTitle || items.some((item) => item.external_id);
  const rows = needsLookup
    ? await matchExisting(
        tx,
        projectId,
        items.map((item) => ({ title: item.title, milestoneId: item.milestone_id ?? null, externalId: item.external_id ?? null })),
        strategy,
      )
    : [];
  const keyOf = (item: TaskCreate, titleKey: string | undefined): string | null => {
    if (!byTitle || titleKey === undefined) return null;
    return strategy === "title" ? titleKey : `${titleKey}\u0000${item.milestone_id ?? ""}`;
  };
  const planItems: PlanItem[] = items.map((item, i) => ({ externalId: item.external_id ?? null, key: keyOf(item, rows[i]?.titleKey) }));
  const matches = items.map((_, i) => ({ byExternalId: rows[i]?.byExternalId ?? null, byKey: rows[i]?.byTitle ?? null }));
  return { items: planItems, matches };
}
