// A run's status as a small coloured label with an icon-like mark; the text always says the status, so colour
// is never the only cue.
import { RUN_STATUS_LABELS, type RunStatus } from "./run-labels";

const STYLES: Record<RunStatus, { colours: string; mark: string }> = {
  queued: { colours: "bg-neutral-100 text-neutral-700 ring-neutral-300", mark: "○" },
  running: { colours: "bg-blue-50 text-blue-800 ring-blue-200", mark: "◐" },
  succeeded: { colours: "bg-green-50 text-green-800 ring-green-200", mark: "✓" },
  failed: { colours: "bg-red-50 text-red-800 ring-red-200", mark: "✕" },
  timed_out: { colours: "bg-amber-50 text-amber-900 ring-amber-200", mark: "⏱" },
  cancelled: { colours: "bg-neutral-100 text-neutral-600 ring-neutral-200", mark: "–" },
};

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const { colours, mark } = STYLES[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${colours}`}>
      <span aria-hidden="true">{mark}</span>
      {RUN_STATUS_LABELS[status]}
    </span>
  );
}
