// /insights — the tenant's platform insights: per platform label of its tasks, how many tasks, their runs of
// the last 7 days and success rate, and the last run. The page reads what the admin reconcile computed and
// computes nothing (GETs never write); platforms added since are listed as not computed yet.
import type { Metadata } from "next";
import Link from "next/link";
import { InsightsTable } from "@/components/insights/insights-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { formatUtc } from "@/components/ui/utc-time";
import { requireUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { insightJson, readInsights } from "@/lib/insights";

export const metadata: Metadata = { title: "Insights" };

const LINK = "font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900";

export default async function InsightsPage() {
  const user = await requireUser();
  const { insights, missingPlatforms } = await readInsights(getDb(), user.id);
  const oldest = insights.reduce<Date | null>((min, i) => (min === null || i.computedAt < min ? i.computedAt : min), null);

  return (
    <>
      <PageHeader
        title="Insights"
        description="How each platform's tasks are doing: tasks per platform label, their runs of the last 7 days, success rate and last run."
      />
      <Section
        id="platforms"
        title="By platform"
        description={
          oldest
            ? `Computed by the platform-insights reconcile, an administrator's action; the oldest figures here are as of ${formatUtc(oldest)}. Tasks without a platform label are not counted.`
            : undefined
        }
      >
        {missingPlatforms.length > 0 ? (
          <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            Not computed yet: <span className="font-medium">{missingPlatforms.join(", ")}</span>. These platforms got their first task after the
            last computation; they appear here once an administrator recomputes insights.
          </p>
        ) : null}
        {insights.length === 0 && missingPlatforms.length === 0 ? (
          <EmptyState title="No platforms yet">
            <p>
              Insights group your tasks by their platform label (for example <code>github</code> or <code>billing</code>). Give a task a platform on
              its{" "}
              <Link href="/projects" className={LINK}>
                project&apos;s page
              </Link>
              .
            </p>
          </EmptyState>
        ) : insights.length === 0 ? null : (
          <InsightsTable labelledBy="platforms-title" insights={insights.map(insightJson)} />
        )}
      </Section>
    </>
  );
}
