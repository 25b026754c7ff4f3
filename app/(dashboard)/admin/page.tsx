// /admin — administrators only (everyone else gets a 404): the user-identity migration of execution logs
// (its validation report with the go/no-go verdict, the online backfill with its progress, the legacy
// history import), the execution links of report weeks (their verification and the reconcile), the audit trail of admin actions, and all accounts. requireAdmin() runs before anything
// streams, so a non-admin really gets a 404 status: keep it that way (no loading.tsx at or above this segment).
import type { Metadata } from "next";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { BackfillReportPanel } from "@/components/admin/backfill-report-panel";
import { LegacyImportForm } from "@/components/admin/legacy-import-form";
import { LinkReportWeeks } from "@/components/admin/link-report-weeks";
import { ReportLinksPanel } from "@/components/admin/report-links-panel";
import { RunBackfill } from "@/components/admin/run-backfill";
import { UsersTable } from "@/components/admin/users-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ADMIN_USER_LIMIT, backfillReport, listUsers } from "@/lib/admin";
import { listAuditLog } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { goCriteria, LEGACY_COLUMNS } from "@/lib/logs";
import { executionIdSchemaCheck, weekPopulationByDay } from "@/lib/reports";

export const metadata: Metadata = { title: "Admin" };

const AUDIT_ENTRIES = 20;

export default async function AdminPage() {
  await requireAdmin();
  const db = getDb();
  const [report, audit, users, weeksByDay, weeksSchema] = await Promise.all([
    backfillReport(db),
    listAuditLog(db, { page: 1, page_size: AUDIT_ENTRIES }),
    listUsers(db),
    weekPopulationByDay(db),
    executionIdSchemaCheck(db),
  ]);
  const identity = report.task_execution_logs;
  const weeks = report.report_data_weeks;

  return (
    <>
      <PageHeader title="Admin" description="Operator tools for this Tickboard instance. Only administrators see this page." />

      <Section
        id="backfill-report"
        title="Execution-log identity migration"
        description={
          <>
            Runs moved from the legacy integer <code>user_id</code> to the canonical <code>user_id_str</code>. These figures are the validation report;{" "}
            <code>psql -f scripts/sql/task_execution_log_user_id_backfill_report.sql</code> computes the same.
          </>
        }
      >
        <BackfillReportPanel report={identity} verdict={goCriteria(identity)} />
      </Section>

      <Section
        id="backfill"
        title="Backfill user_id_str"
        description="Copies each legacy row's user_id into user_id_str, a few thousand rows per short transaction, without blocking the scheduler. Safe to stop, rerun, or run from two places at once; every call is in the audit log."
      >
        <RunBackfill pending={identity.pending_backfill_rows} />
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
        id="report-links"
        title="Report weeks: execution links"
        description={
          <>
            Each weekly report row should name the workflow execution that produced it (<code>report_data_weeks.execution_id</code>).{" "}
            <code>psql -f scripts/sql/report_data_weeks_execution_id_verification.sql</code> computes the same figures.
          </>
        }
      >
        <ReportLinksPanel population={weeks} byDay={weeksByDay} schema={weeksSchema} />
        <LinkReportWeeks unlinked={weeks.total_weeks - weeks.weeks_with_execution_id} />
      </Section>

      <Section id="audit-log" title="Audit log" description={`The ${AUDIT_ENTRIES} newest admin actions, failures included. All of them: GET /api/admin/audit-log.`}>
        {audit.entries.length === 0 ? (
          <EmptyState title="No admin actions yet">
            <p>Running the backfill or an import records an entry here.</p>
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
