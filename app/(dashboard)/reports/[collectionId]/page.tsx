// /reports/{id} — one collection: Run (with its progress until it finishes), every week of its range with its
// figures and the workflow execution that wrote it, and the collection's recent executions.
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { RunCollectionButton } from "@/components/reports/run-collection-button";
import { ExecutionsTable } from "@/components/reports/executions-table";
import { isLive } from "@/components/reports/report-labels";
import { collectionWeekViews } from "@/components/reports/week-views";
import { WeeksTable } from "@/components/reports/weeks-table";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { loadOr404 } from "@/lib/http/page-not-found";
import { collectionJson, collectionParams, getCollection, listCollectionExecutions, listWeeks, weekJson, workflowExecutionJson } from "@/lib/reports";

interface Props {
  params: Promise<{ collectionId: string }>;
}

const loadCollection = cache(async (collectionId: string) => {
  const user = await requireUser();
  return { user, collection: await loadOr404(collectionParams, { collectionId }, (p) => getCollection(getDb(), user.id, p.collectionId)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection } = await loadCollection((await params).collectionId);
  return { title: collection.name };
}

export default async function CollectionPage({ params }: Props) {
  const { user, collection: row } = await loadCollection((await params).collectionId);
  const collection = collectionJson(row);
  const db = getDb();
  const [weeks, executions] = await Promise.all([listWeeks(db, user.id, collection.id), listCollectionExecutions(db, user.id, collection.id)]);
  const latest = collection.latest_execution;
  const live = latest && isLive(latest.status) ? latest : null;
  const views = collectionWeekViews(collection, weeks.map(weekJson));

  return (
    <>
      <BackLink href="/reports">Reports</BackLink>
      <PageHeader
        title={collection.name}
        description={`${collection.start_date} to ${collection.end_date}: ${collection.week_count} week${collection.week_count === 1 ? "" : "s"}, Monday to Sunday (UTC), ${collection.weeks_collected} collected.`}
      />
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <div className="rounded-lg border border-neutral-200 bg-white p-4 shadow-xs sm:p-6">
          <RunCollectionButton collectionId={collection.id} live={live} />
        </div>
        <div className="rounded-lg border border-neutral-200 bg-white p-4 text-sm shadow-xs sm:p-6">
          <h2 className="mb-1 font-semibold">Collect it every week</h2>
          {collection.task_id ? (
            <p>
              Runs are made by the task{" "}
              <Link href={`/tasks/${collection.task_id}`} className="font-medium text-blue-700 underline underline-offset-2">
                Collect report: {collection.name}
              </Link>{" "}
              in your Reports project. Give it a schedule (e.g. every Monday at 08:00) and each run collects the range again.
            </p>
          ) : (
            <p>Its task was deleted; the next Run makes a new one, which you can then schedule.</p>
          )}
        </div>
      </div>

      <Section id="weeks" title="Weeks" description="Each week's figures come from your runs scheduled in it. “Written by” is the workflow execution that collected them.">
        <WeeksTable weeks={views} labelledBy="weeks-title" />
      </Section>

      <Section id="executions" title="Runs of this collection" description={executions.length > 0 ? "The latest ten, newest first." : undefined}>
        {executions.length === 0 ? (
          <EmptyState title="Not run yet">
            <p>Press Run above: the scheduler collects the weeks within seconds, and each one links to that run.</p>
          </EmptyState>
        ) : (
          <ExecutionsTable labelledBy="executions-title" executions={executions.map(workflowExecutionJson)} />
        )}
      </Section>
    </>
  );
}
