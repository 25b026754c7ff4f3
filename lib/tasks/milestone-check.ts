// A task's milestone must belong to the task's own project (API.md): otherwise a 400 naming the field.
import type { Db } from "@/lib/db/connect";
import { ValidationError } from "@/lib/errors";
import { milestoneIdsInProject } from "@/lib/projects";

/** `refs`: each milestone id a request names, with the path of the field that names it. */
export async function assertMilestonesInProject(db: Db, projectId: string, refs: { milestoneId: string; path: string }[]) {
  if (refs.length === 0) return;
  const found = await milestoneIdsInProject(db, projectId, [...new Set(refs.map((r) => r.milestoneId))]);
  const errors = refs
    .filter((r) => !found.has(r.milestoneId))
    .map((r) => ({ path: r.path, message: "This milestone does not belong to the task's project." }));
  if (errors.length > 0) {
    throw new ValidationError(`${errors[0]!.path}: the milestone does not belong to this project.`, errors);
  }
}
