// Status labels of report weeks and workflow executions, styled like the runs' badges.
import { WEEK_STATUS_LABELS, WORKFLOW_STATUS_LABELS, type WeekStatus, type WorkflowStatus } from "./report-labels";

const TONES = {
  neutral: { colours: "bg-neutral-100 text-neutral-700 ring-neutral-300", mark: "○" },
  busy: { colours: "bg-blue-50 text-blue-800 ring-blue-200", mark: "◐" },
  good: { colours: "bg-green-50 text-green-800 ring-green-200", mark: "✓" },
  bad: { colours: "bg-red-50 text-red-800 ring-red-200", mark: "✕" },
  mixed: { colours: "bg-amber-50 text-amber-900 ring-amber-200", mark: "◑" },
} as const;

const WEEK_TONES: Record<WeekStatus | "not_collected", keyof typeof TONES> = {
  pending: "neutral",
  not_collected: "neutral",
  running: "busy",
  completed: "good",
  failed: "bad",
};

const WORKFLOW_TONES: Record<WorkflowStatus, keyof typeof TONES> = {
  queued: "neutral",
  running: "busy",
  succeeded: "good",
  failed: "bad",
  partial: "mixed",
};

function Badge({ tone, label }: { tone: keyof typeof TONES; label: string }) {
  const { colours, mark } = TONES[tone];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${colours}`}>
      <span aria-hidden="true">{mark}</span>
      {label}
    </span>
  );
}

export function WeekStatusBadge({ status }: { status: WeekStatus | "not_collected" }) {
  return <Badge tone={WEEK_TONES[status]} label={WEEK_STATUS_LABELS[status]} />;
}

export function WorkflowStatusBadge({ status }: { status: WorkflowStatus }) {
  return <Badge tone={WORKFLOW_TONES[status]} label={WORKFLOW_STATUS_LABELS[status]} />;
}
