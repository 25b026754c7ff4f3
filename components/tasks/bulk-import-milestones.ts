// Bulk import names a task's milestone by its title (a `milestone` column or key); the API wants milestone_id.
// This finds the id among the project's milestones — ignoring case and surrounding spaces, as people type titles
// — or says why it can't, so that the problem is reported against its line before anything is sent. Pure.
import type { MilestoneOption } from "@/components/milestones/milestone-option";

export type MilestoneLookup = (title: string) => { id: string } | { problem: string };

function keyOf(title: string): string {
  return title.trim().toLowerCase();
}

export function milestoneLookup(milestones: readonly MilestoneOption[]): MilestoneLookup {
  const byKey = new Map<string, MilestoneOption[]>();
  for (const milestone of milestones) {
    const key = keyOf(milestone.title);
    byKey.set(key, [...(byKey.get(key) ?? []), milestone]);
  }
  return (title) => {
    const found = byKey.get(keyOf(title)) ?? [];
    if (found.length === 1) return { id: found[0]!.id };
    const name = `“${title.trim()}”`;
    if (found.length === 0) return { problem: `No milestone called ${name} in this project — add it under Milestones first.` };
    // The API allows two milestones with one title; a title can't tell them apart.
    return { problem: `${found.length} milestones in this project are called ${name}, so this line can't tell which one it means. Leave it out here and pick the milestone on the task's page.` };
  };
}
