// /reports/executions/{id} — one workflow execution of a report collection: its status and progress, timing,
// error, the scheduler run that carried it out, and the weeks whose data it wrote.
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { WorkflowStatusBadge } from "@/components/reports/report-status-badge";
import { progressText } from "@/components/reports/report-labels";
import { weekView } from "@/components/reports/week-views";
import { WeeksTable } from "@/components/reports/weeks-table";
import { formatDuration } from "@/components/logs/run-labels";
import { BackLink } from "@/components/ui/back-link";
import { DetailGroup, DetailItem } from "@/components/ui/detail-group";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { IsoTime } from "@/components/ui/utc-time";
import { requireUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { loadOr404 } from "@/lib/http/page-not-found";
import { getCollection, getWorkflowExecution, listExecutionWeeks, weekJson, workflowExecutionJson, workflowExecutionParams } from "@/lib/reports";

interface Props {
  params: Promise<{ executionId: string }>;
}

const loadExecution = cache(async (executionId: string) => {
  const user = await requireUser();
  return { user, execution: await loadOr404(workflowExecutionParams, { executionId }, (p) => getWorkflowExecution(getDb(), user.id, p.executionId)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await loadExecution((await params).executionId);
  return { title: "Workflow execution" };
}

const NONE = <span className="text-neutral-400">—</span>;
const LINK = "font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900";

export default async function WorkflowExecutionPage({ params }: Props) {
  const { user, execution: row } = await loadExecution((await params).executionId);
  const execution = workflowExecutionJson(row);
  const db = getDb();
  const [weeks, collection] = await Promise.all([
    listExecutionWeeks(db, user.id, execution.id),
    execution.collection_id ? getCollection(db, user.id, execution.collection_id).catch(() => null) : Promise.resolve(null),
  ]);

  return (
    <>
      {collection ? <BackLink href={`/reports/${collection.id}`}>{collection.name}</BackLink> : <BackLink href="/reports">Reports</BackLink>}
      <PageHeader
        title={collection ? `Collection run: ${collection.name}` : "Collection run"}
        description="One run of a report collection (a workflow execution) and the weeks whose data it wrote."
      />
      <DetailGroup title="Execution">
        <DetailItem label="Status">
          <WorkflowStatusBadge status={execution.status} />
        </DetailItem>
        <DetailItem label="Progress">{progressText(execution)}</DetailItem>
        {execution.error ? (
          <DetailItem label="Error">
            <span className="text-red-800">{execution.error}</span>
          </DetailItem>
        ) : null}
        <DetailItem label="Range">
          {String(execution.params.start_date ?? "?")} to {String(execution.params.end_date ?? "?")}
        </DetailItem>
        <DetailItem label="Queued (UTC)">
          <IsoTime iso={execution.created_at} />
        </DetailItem>
        <DetailItem label="Started (UTC)">{execution.started_at ? <IsoTime iso={execution.started_at} /> : NONE}</DetailItem>
        <DetailItem label="Finished (UTC)">{execution.finished_at ? <IsoTime iso={execution.finished_at} /> : NONE}</DetailItem>
        <DetailItem label="Took">{formatDuration(execution.duration_ms) ?? NONE}</DetailItem>
        <DetailItem label="Scheduler run">
          {execution.run_id ? (
            <Link href={`/logs/${execution.run_id}`} className={LINK}>
              The run that carried it out
            </Link>
          ) : (
            NONE
          )}
        </DetailItem>
        <DetailItem label="Id">
          <code className="text-xs">{execution.id}</code>
        </DetailItem>
      </DetailGroup>

      <Section id="execution-weeks" title="Weeks it wrote" description="The weeks whose current data comes from this execution. A later run of the collection takes them over.">
        {weeks.length === 0 ? (
          <EmptyState title={execution.status === "queued" || execution.status === "running" ? "No week written yet" : "No week carries this execution's data now"}>
            <p>
              {execution.status === "queued" || execution.status === "running"
                ? "Weeks appear here as the run writes them; refresh in a moment."
                : "Either a later run of the collection rewrote its weeks, or it wrote none (see its error above)."}
            </p>
          </EmptyState>
        ) : (
          <WeeksTable weeks={weeks.map((w) => weekView(weekJson(w)))} labelledBy="execution-weeks-title" />
        )}
      </Section>
    </>
  );
}
