// Adding a milestone to one of the tenant's projects (404 for anyone else's). A project never changes
// owner, so checking ownership first is enough; the foreign key covers a project deleted in between.
import { milestones } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { assertProjectOwned } from "./queries";
import type { MilestoneCreate } from "./schemas";
import type { MilestoneRow } from "./serializers";

export async function createMilestone(db: Db, userId: string, projectId: string, input: MilestoneCreate): Promise<MilestoneRow> {
  await assertProjectOwned(db, userId, projectId);
  const [row] = await db
    .insert(milestones)
    .values({ projectId, title: input.title })
    .returning({ id: milestones.id, projectId: milestones.projectId, title: milestones.title, createdAt: milestones.createdAt });
  return row!;
}
