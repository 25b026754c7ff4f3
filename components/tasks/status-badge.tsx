// A task's status as a small coloured label; the text always says the status, so colour is never the only cue.
import { STATUS_LABELS, type TaskStatus } from "./task-labels";

const COLOURS: Record<TaskStatus, string> = {
  open: "bg-blue-50 text-blue-800 ring-blue-200",
  in_progress: "bg-amber-50 text-amber-900 ring-amber-200",
  done: "bg-green-50 text-green-800 ring-green-200",
  archived: "bg-neutral-100 text-neutral-700 ring-neutral-200",
};

export function StatusBadge({ status }: { status: TaskStatus }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${COLOURS[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
