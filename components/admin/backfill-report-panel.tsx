// The user_id_str migration's validation report (seed 000, P2.A): every figure with what it means and what to
// do when it is not 0, and the seed's go/no-go verdict next to them — green only when nothing is unresolved,
// mismatched or still waiting for the backfill. Marks (✓/✗) and words carry the verdict, not colour alone.
import type { ExecutionLogIdentityReport, GoCriterion } from "@/lib/logs";
import { CriteriaList } from "./criteria-list";

const FIGURES: { key: keyof ExecutionLogIdentityReport; label: string; help: string }[] = [
  { key: "total_rows", label: "Total rows", help: "Every run in task_execution_logs." },
  { key: "rows_with_user_id_str", label: "Rows with user_id_str", help: "Rows carrying the canonical tenant id." },
  { key: "legacy_rows", label: "Legacy rows", help: "Rows carrying the legacy integer user_id (imported history, and new rows of numeric ids)." },
  { key: "backfilled_legacy_rows", label: "Backfilled legacy rows", help: "Legacy rows whose user_id_str is the text of their integer." },
  { key: "pending_backfill_rows", label: "Waiting for the backfill", help: "Legacy rows without user_id_str yet. Their tenant already sees them; run the backfill to finish the migration." },
  { key: "unresolved_rows", label: "Unresolved rows", help: "Rows with neither id: no tenant can see them. Find their owner in the legacy system's records." },
  { key: "mismatched_rows", label: "Mismatched rows", help: "user_id_str differs from user_id: a writer disagreed with the legacy id. user_id_str decides who sees them; check the writer." },
  { key: "orphaned_rows", label: "Orphaned rows", help: "History of a user id with no account yet. Kept; it becomes visible when that account is created." },
];

export function BackfillReportPanel({ report, verdict }: { report: ExecutionLogIdentityReport; verdict: { go: boolean; criteria: GoCriterion[] } }) {
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[1fr_22rem]">
      <dl aria-label="Backfill report figures" className="divide-y divide-neutral-100 rounded-lg border border-neutral-200 bg-white text-sm shadow-xs">
        {FIGURES.map(({ key, label, help }) => (
          <div key={key} className="grid grid-cols-[1fr_auto] gap-x-4 px-4 py-2.5">
            <dt className="font-medium text-neutral-800">{label}</dt>
            <dd className="text-right font-semibold tabular-nums" data-figure={key}>
              {report[key].toLocaleString("en-GB")}
            </dd>
            <dd className="col-span-2 text-xs text-neutral-600">{help}</dd>
          </div>
        ))}
      </dl>
      <section
        aria-labelledby="verdict-title"
        className={`rounded-lg border p-4 shadow-xs ${verdict.go ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}
      >
        <h3 id="verdict-title" className={`text-lg font-semibold ${verdict.go ? "text-green-900" : "text-red-900"}`}>
          {verdict.go ? "✓ GO" : "✗ NO-GO"}
          <span className="sr-only">: </span>
          <span className="block text-sm font-normal">
            {verdict.go ? "The identity migration is complete: every visible row has its canonical id." : "Not yet: see the criteria below."}
          </span>
        </h3>
        <CriteriaList criteria={verdict.criteria} className="mt-3" />
      </section>
    </div>
  );
}
