// /logs — the signed-in tenant's runs: every execution of its tasks, imported legacy history included, filtered,
// sorted and paged by the URL (so a copied link opens the same view), with a CSV export of the current filter.
import type { Metadata } from "next";
import { Suspense } from "react";
import { parseRunListQuery, type RawSearchParams } from "@/components/logs/parse-run-list-query";
import { TenantRuns } from "@/components/logs/tenant-runs";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const view = parseRunListQuery(await searchParams);
  return (
    <>
      <PageHeader title="Runs" description="Every run of your tasks, newest first: what ran, when, how long it took and how it ended." />
      <Section id="runs" title="Execution log">
        <Suspense fallback={<PageSkeleton label="Loading runs…" blocks={["toolbar", "table"]} />}>
          <TenantRuns userId={user.id} view={view} />
        </Suspense>
      </Section>
    </>
  );
}
