// The in-order decision of bulk create, without a database.
import { describe, expect, it } from "vitest";
import { planBulk, type PlanItem, type PlanMatch } from "./bulk-plan";

const none: PlanMatch = { byExternalId: null, byKey: null };
const ids = () => {
  let n = 0;
  return () => `new-${n++}`;
};

describe("planBulk", () => {
  it("creates items that match nothing, each with a fresh id", () => {
    const items: PlanItem[] = [
      { externalId: null, key: null },
      { externalId: null, key: null },
    ];
    expect(planBulk(items, [none, none], ids())).toEqual([
      { index: 0, outcome: "created", id: "new-0" },
      { index: 1, outcome: "created", id: "new-1" },
    ]);
  });

  it("an item matching a stored task is existing, by external_id before the strategy's key", () => {
    const items: PlanItem[] = [{ externalId: "e", key: "k" }];
    expect(planBulk(items, [{ byExternalId: "stored-e", byKey: "stored-k" }], ids())).toEqual([{ index: 0, outcome: "existing", id: "stored-e" }]);
    expect(planBulk(items, [{ byExternalId: null, byKey: "stored-k" }], ids())).toEqual([{ index: 0, outcome: "existing", id: "stored-k" }]);
  });

  it("a later item repeating an earlier one's external_id or key is that item's task", () => {
    const items: PlanItem[] = [
      { externalId: "e1", key: "a" },
      { externalId: "e1", key: "b" },
      { externalId: null, key: "a" },
    ];
    expect(planBulk(items, [none, none, none], ids())).toEqual([
      { index: 0, outcome: "created", id: "new-0" },
      { index: 1, outcome: "existing", id: "new-0" },
      { index: 2, outcome: "existing", id: "new-0" },
    ]);
  });

  it("an item that was not created registers no key: as if the items were created one by one", () => {
    // Item 1 is existing through e1, so no task titled "b" exists for item 2 to match: item 2 is created.
    const items: PlanItem[] = [
      { externalId: "e1", key: "a" },
      { externalId: "e1", key: "b" },
      { externalId: "e2", key: "b" },
    ];
    expect(planBulk(items, [none, none, none], ids()).map((p) => p.outcome)).toEqual(["created", "existing", "created"]);
  });
});
