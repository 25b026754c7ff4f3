// A project's milestones, oldest first (the order they were planned in), or — before there are any — what
// milestones are for and how tasks get one.
import { EmptyState } from "@/components/ui/empty-state";
import type { MilestoneOption } from "./milestone-option";

export function MilestoneList({ milestones, labelledBy }: { milestones: readonly MilestoneOption[]; labelledBy: string }) {
  if (milestones.length === 0) {
    return (
      <EmptyState title="No milestones yet">
        <p>
          Milestones split a project into stages, such as “Beta” or “Launch”. Add one here, then put tasks in it with the
          Milestone field of New task, or with a milestone column in Bulk import.
        </p>
      </EmptyState>
    );
  }
  return (
    <ol aria-labelledby={labelledBy} className="divide-y divide-neutral-100 rounded-lg border border-neutral-200 bg-white text-sm shadow-xs">
      {milestones.map((milestone) => (
        <li key={milestone.id} className="px-4 py-2.5 break-words">
          {milestone.title}
        </li>
      ))}
    </ol>
  );
}
