// /reports — the tenant's weekly report collections and the form that creates one (its weeks previewed as the
// range is typed).
import type { Metadata } from "next";
import { CollectionsTable } from "@/components/reports/collections-table";
import { NewCollectionForm } from "@/components/reports/new-collection-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { collectionJson, listCollections } from "@/lib/reports";

export const metadata: Metadata = { title: "Reports" };

const DAY_MS = 86_400_000;

export default async function ReportsPage() {
  const user = await requireUser();
  const collections = (await listCollections(getDb(), user.id)).map(collectionJson);
  // The form starts on the last four weeks, a range that already has runs to count.
  const today = new Date();
  const iso = (date: Date) => date.toISOString().slice(0, 10);

  return (
    <>
      <PageHeader
        title="Reports"
        description="Weekly reports of your runs: a collection counts runs, outcomes and durations for every week (Monday to Sunday) of a date range, and links each week to the run that collected it."
      />

      <Section id="new-collection" title="New collection">
        <NewCollectionForm defaultStart={iso(new Date(today.getTime() - 27 * DAY_MS))} defaultEnd={iso(today)} />
      </Section>

      <Section id="collections" title="Your collections" description={collections.length > 0 ? "Newest first. Open one to run it and see its weeks." : undefined}>
        {collections.length === 0 ? (
          <EmptyState title="No collections yet — create one above">
            <p>Give it a name and a date range, then press Run on its page: every week of the range is collected from your runs.</p>
          </EmptyState>
        ) : (
          <CollectionsTable labelledBy="collections-title" collections={collections} />
        )}
      </Section>
    </>
  );
}
