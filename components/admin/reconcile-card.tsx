// One card of the admin console: what an admin action does, its control (a client component), and its last few
// audit entries with a link to all of them in the audit log.
import Link from "next/link";
import type { ReactNode } from "react";
import type { AuditEntryRow } from "@/lib/audit";
import { UtcTime } from "@/components/ui/utc-time";
import { AuditStatusBadge } from "./audit-status-badge";
import { auditSummary } from "./audit-summary";

export function ReconcileCard({
  id,
  title,
  action,
  endpoint,
  children,
  control,
  recent,
}: {
  id: string;
  title: string;
  /** The audit action name of its route. */
  action: string;
  endpoint: string;
  /** What it does, when to run it, and whether it is safe to repeat. */
  children: ReactNode;
  control: ReactNode;
  recent: AuditEntryRow[];
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3 rounded-lg border border-neutral-200 bg-white p-4 shadow-xs">
      <div className="space-y-1">
        <h3 id={`${id}-title`} className="font-semibold">
          {title}
        </h3>
        <p className="text-xs text-neutral-500">
          <code>POST {endpoint}</code>
        </p>
        <div className="space-y-1 text-sm text-neutral-700">{children}</div>
      </div>
      {control}
      <div className="mt-auto space-y-1 border-t border-neutral-100 pt-3">
        <h4 id={`${id}-recent-title`} className="text-xs font-semibold tracking-wide text-neutral-600 uppercase">
          Last runs
        </h4>
        {recent.length === 0 ? (
          <p className="text-sm text-neutral-600">Never run yet.</p>
        ) : (
          <ul aria-labelledby={`${id}-recent-title`} className="space-y-1.5 text-xs">
            {recent.map((e) => (
              <li key={e.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                <UtcTime date={e.createdAt} />
                <AuditStatusBadge status={e.status} />
                <span className="text-neutral-600">by {e.actorEmail ?? e.actorUserId}</span>
                <code className="w-full break-words text-neutral-700">{auditSummary(e.result, 120)}</code>
              </li>
            ))}
          </ul>
        )}
        <Link href={`/admin/audit-log?action=${encodeURIComponent(action)}`} className="text-sm font-medium text-blue-700 underline underline-offset-2">
          All {action} entries
        </Link>
      </div>
    </section>
  );
}
