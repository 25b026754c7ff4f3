// / — the dashboard home: the signed-in tenant's totals, projects and upcoming scheduled runs.
import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardOverview } from "@/components/dashboard/dashboard-overview";
import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Dashboard" description="Your projects and scheduled tasks at a glance." />
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardOverview userId={user.id} />
      </Suspense>
    </>
  );
}
