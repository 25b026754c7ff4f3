// Bulk create's decision, item by item, as if the items were created one after another in request order:
// an item is `existing` when its external_id is taken (by a task already in the project, or by an earlier
// item of the same request), or else when the strategy's key matches such a task or earlier item;
// otherwise it is `created`. Pure: the set-based lookups happen before (bulk-create.sql.ts), the single
// INSERT after (bulk-create.ts).

export interface PlanItem {
  externalId: string | null;
  /** The duplicate strategy's key (lower(title) as Postgres computes it, plus the milestone), or null. */
  key: string | null;
}

/** What the project already holds for an item: the task with its external_id, the oldest with its key. */
export interface PlanMatch {
  byExternalId: string | null;
  byKey: string | null;
}

export type PlannedItem = { index: number; outcome: "created"; id: string } | { index: number; outcome: "existing"; id: string };

export function planBulk(items: PlanItem[], matches: PlanMatch[], newId: () => string): PlannedItem[] {
  const createdByExternalId = new Map<string, string>();
  const createdByKey = new Map<string, string>();
  return items.map((item, index) => {
    const match = matches[index] ?? { byExternalId: null, byKey: null };
    const existing =
      (item.externalId !== null ? (match.byExternalId ?? createdByExternalId.get(item.externalId)) : undefined) ??
      (item.key !== null ? (match.byKey ?? createdByKey.get(item.key)) : undefined);
    if (existing) return { index, outcome: "existing", id: existing };
    const id = newId();
    if (item.externalId !== null) createdByExternalId.set(item.externalId, id);
    if (item.key !== null) createdByKey.set(item.key, id);
    return { index, outcome: "created", id };
  });
}
