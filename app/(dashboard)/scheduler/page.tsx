// /scheduler — the scheduler at a glance for the signed-in tenant: status counts, the last 24 hours, upcoming
// runs, the current leader and epoch, and recent events.
import type { Metadata } from "next";
import { Suspense } from "react";
import { SchedulerOverview } from "@/components/scheduler/scheduler-overview";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Scheduler" };

export default async function SchedulerPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Scheduler" description="What the scheduler is doing for you: runs by status, the last day's outcomes, what runs next, and who leads." />
      <Suspense fallback={<PageSkeleton label="Loading the scheduler…" blocks={["toolbar", "table"]} />}>
        <SchedulerOverview user={user} />
      </Suspense>
    </>
  );
}
