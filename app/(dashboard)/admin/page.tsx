// /admin — the admin console, administrators only (everyone else gets a 404). Top: the backfill report of
// steps 3 and 5 with its go/no-go verdict. Then one card per reconcile (what it does, a confirm step, its
// progress and result, its last audit entries), the legacy history import, the newest audit entries (all of
// them on /admin/audit-log) and the accounts. requireAdmin() runs before anything streams, so a non-admin
// really gets a 404 status: keep it that way (no loading.tsx at or above this segment).
import type { Metadata } from "next";
import Link from "next/link";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { BackfillReportPanel } from "@/components/admin/backfill-report-panel";
import { LegacyImportForm } from "@/components/admin/legacy-import-form";
import { MigrationVerdict } from "@/components/admin/migration-verdict";
import { ReconcileButton } from "@/components/admin/reconcile-button";
import { ReconcileCard } from "@/components/admin/reconcile-card";
import { ReportLinksPanel } from "@/components/admin/report-links-panel";
import { RunBackfill } from "@/components/admin/run-backfill";
import { UsersTable } from "@/components/admin/users-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ADMIN_ACTIONS, ADMIN_USER_LIMIT, type AdminAction, backfillReport, listUsers, migrationVerdict } from "@/lib/admin";
import { listAuditLog } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { goCriteria, LEGACY_COLUMNS } from "@/lib/logs";
import { executionIdSchemaCheck, weekPopulationByDay } from "@/lib/reports";

export const metadata: Metadata = { title: "Admin" };

const AUDIT_ENTRIES = 10;
const RECENT_PER_ACTION = 3;

export default async function AdminPage() {
  await requireAdmin();
  const db = getDb();
  const [report, audit, users, weeksByDay, weeksSchema, ...recentByAction] = await Promise.all([
    backfillReport(db),
    listAuditLog(db, { page: 1, page_size: AUDIT_ENTRIES }),
    listUsers(db),
    weekPopulationByDay(db),
    executionIdSchemaCheck(db),
    ...ADMIN_ACTIONS.map((action) => listAuditLog(db, { page: 1, page_size: RECENT_PER_ACTION }, { action })),
  ]);
  const recent = (action: AdminAction) => recentByAction[ADMIN_ACTIONS.indexOf(action)]!.entries;
  const identity = report.task_execution_logs;
  const weeks = report.report_data_weeks;
  const unlinkedWeeks = weeks.total_weeks - weeks.weeks_with_execution_id;

  return (
    <>
      <PageHeader title="Admin" description="Operator console of this Tickboard instance. Only administrators see this page; every action on it is audited." />

      <Section
        id="backfill-report"
        title="Backfill report"
        description={
          <>
            The data migrations to sign off (seed 001, gate 3), as <code>GET /api/admin/backfill-report</code> reports them.
          </>
        }
      >
        <MigrationVerdict verdict={migrationVerdict(report)} />
        <details className="rounded-lg border border-neutral-200 bg-white px-4 py-3 shadow-xs" open={!goCriteria(identity).go}>
          <summary className="cursor-pointer font-medium">
            Step 3 — execution-log identity figures
          </summary>
          <p className="my-2 text-sm text-neutral-600">
            Runs moved from the legacy integer <code>user_id</code> to the canonical <code>user_id_str</code>.{" "}
            <code>psql -f scripts/sql/task_execution_log_user_id_backfill_report.sql</code> computes the same.
          </p>
          <BackfillReportPanel report={identity} verdict={goCriteria(identity)} />
        </details>
        <details className="rounded-lg border border-neutral-200 bg-white px-4 py-3 shadow-xs" open={unlinkedWeeks > 0 || weeks.dangling_execution_ids > 0}>
          <summary className="cursor-pointer font-medium">Step 5 — report weeks&apos; execution links</summary>
          <p className="my-2 text-sm text-neutral-600">
            Each weekly report row should name the workflow execution that produced it (<code>report_data_weeks.execution_id</code>).{" "}
            <code>psql -f scripts/sql/report_data_weeks_execution_id_verification.sql</code> computes the same figures.
          </p>
          <ReportLinksPanel population={weeks} byDay={weeksByDay} schema={weeksSchema} />
        </details>
      </Section>

      <Section
        id="reconciles"
        title="Reconciles"
        description="Explicit, audited writes: nothing on a GET computes or repairs data. Each is safe to run again, or from two places at once — it leaves the same data as one run."
      >
        <div className="grid gap-4 lg:grid-cols-2">
          <ReconcileCard
            id="reconcile-identity"
            title="Backfill user_id_str"
            action="reconcile.execution_log_identity"
            endpoint="/api/admin/reconcile/execution-log-identity"
            recent={recent("reconcile.execution_log_identity")}
            control={<RunBackfill pending={identity.pending_backfill_rows} />}
          >
            <p>
              Copies each legacy row&apos;s <code>user_id</code> into <code>user_id_str</code>, a few thousand rows per short transaction, without
              blocking the scheduler. Stop it any time: the next run resumes. Run it after an import of legacy history.
            </p>
          </ReconcileCard>
          <ReconcileCard
            id="reconcile-stale"
            title="Reap stale executions"
            action="reconcile.stale_executions"
            endpoint="/api/admin/reconcile/stale-executions"
            recent={recent("reconcile.stale_executions")}
            control={
              <ReconcileButton
                endpoint="/api/admin/reconcile/stale-executions"
                label="Reap stale runs"
                question="Time out every run still running past its lease, and queue the retries they have left?"
                figures={[
                  { key: "reaped", label: "Runs timed out (past their lease)" },
                  { key: "retried", label: "Of those, queued again" },
                  { key: "workflows_ended", label: "Report executions ended (all their runs had ended)" },
                ]}
              />
            }
          >
            <p>
              What every scheduler tick does first, on demand: a run whose worker died stays <code>running</code> until its lease expires; this
              marks it <code>timed_out</code> and retries it if it has attempts left. Use it when no instance is ticking.
            </p>
          </ReconcileCard>
          <ReconcileCard
            id="reconcile-insights"
            title="Recompute platform insights"
            action="reconcile.platform_insights"
            endpoint="/api/admin/reconcile/platform-insights"
            recent={recent("reconcile.platform_insights")}
            control={
              <ReconcileButton
                endpoint="/api/admin/reconcile/platform-insights"
                label="Recompute insights"
                question="Recompute every tenant's platform insights (tasks, runs of the last 7 days, success rate) now?"
                figures={[
                  { key: "upserted", label: "Insight rows written" },
                  { key: "tenants", label: "Tenants" },
                  { key: "removed", label: "Rows removed (platform no longer used)" },
                ]}
              />
            }
          >
            <p>
              Tenants&apos; Insights pages show what this last computed (one upsert on <code>UNIQUE (user_id, platform)</code>). A platform added since
              is listed there as not computed yet.
            </p>
          </ReconcileCard>
          <ReconcileCard
            id="reconcile-report-links"
            title="Link legacy report weeks"
            action="reconcile.report_execution_links"
            endpoint="/api/admin/reconcile/report-execution-links"
            recent={recent("reconcile.report_execution_links")}
            control={
              <ReconcileButton
                endpoint="/api/admin/reconcile/report-execution-links"
                label="Link legacy weeks"
                question={`Link the ${unlinkedWeeks.toLocaleString("en-GB")} report week${unlinkedWeeks === 1 ? "" : "s"} without execution_id to the one execution that covers each?`}
                figures={[
                  { key: "linked", label: "Weeks linked" },
                  { key: "unresolved_ambiguous", label: "Left unlinked: covered by several executions" },
                  { key: "unresolved_no_execution", label: "Left unlinked: covered by none" },
                ]}
              />
            }
          >
            <p>
              Weeks written before execution tracking have no <code>execution_id</code>. A week is linked when exactly one execution of its collection
              covers it; the others stay unlinked — run their collection again to give them one.
            </p>
          </ReconcileCard>
        </div>
      </Section>

      <Section
        id="legacy-import"
        title="Import legacy history"
        description={
          "Adds execution history exported from the legacy scheduler. Rows keep the legacy integer user_id until the backfill; " +
          "each legacy task becomes a task in its tenant's \"Imported history\" project; a user id with no account is kept " +
          "without a task (orphaned); importing the same file twice adds nothing."
        }
      >
        <LegacyImportForm columns={LEGACY_COLUMNS} />
      </Section>

      <Section
        id="audit-log"
        title="Audit log"
        description={
          <>
            The {AUDIT_ENTRIES} newest admin actions, failures included.{" "}
            <Link href="/admin/audit-log" className="font-medium text-blue-700 underline underline-offset-2">
              Browse the whole audit log
            </Link>
            , by action and administrator.
          </>
        }
      >
        {audit.entries.length === 0 ? (
          <EmptyState title="No admin actions yet">
            <p>Running a reconcile or an import records an entry here.</p>
          </EmptyState>
        ) : (
          <AuditLogTable labelledBy="audit-log-title" entries={audit.entries} />
        )}
      </Section>

      <Section
        id="users"
        title="Users"
        description={users.length >= ADMIN_USER_LIMIT ? `Showing the ${ADMIN_USER_LIMIT} newest accounts.` : "Newest first."}
      >
        {/* No empty state: the administrator reading this is always on the list. */}
        <UsersTable labelledBy="users-title" users={users} />
      </Section>
    </>
  );
}
