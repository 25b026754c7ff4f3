// The dashboard home's data: totals, projects and upcoming runs for one tenant, each with an empty state that
// says how to get started. Reads through lib/dashboard (the same domain function any other caller would use).
import Link from "next/link";
import { getDb } from "@/lib/db";
import { dashboardSummary, DASHBOARD_PROJECT_LIMIT, DASHBOARD_UPCOMING_LIMIT } from "@/lib/dashboard";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { ProjectsTable } from "@/components/projects/projects-table";
import { SummaryStats } from "./summary-stats";
import { UpcomingTasksTable } from "./upcoming-tasks-table";

const API_REFERENCE = "/api/openapi.json";

export async function DashboardOverview({ userId }: { userId: string }) {
  const summary = await dashboardSummary(getDb(), userId);

  return (
    <>
      <SummaryStats
        projectCount={summary.projectCount}
        taskCount={summary.taskCount}
        scheduledTaskCount={summary.scheduledTaskCount}
      />

      <Section
        id="projects"
        title="Projects"
        description={
          summary.projectCount > summary.projects.length
            ? `Showing the ${DASHBOARD_PROJECT_LIMIT} newest of ${summary.projectCount.toLocaleString("en-GB")} projects.`
            : undefined
        }
      >
        {summary.projects.length === 0 ? (
          <EmptyState title="No projects yet">
            <p>
              <Link href="/projects" className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900">
                Create a project
              </Link>{" "}
              on the Projects page, then add tasks to it one at a time or paste a batch. Your projects will be listed
              here.
            </p>
            <p>
              Scripts can do the same through the API (reference at{" "}
              <a href={API_REFERENCE} className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900">
                {API_REFERENCE}
              </a>
              ).
            </p>
          </EmptyState>
        ) : (
          <ProjectsTable labelledBy="projects-title" projects={summary.projects} />
        )}
      </Section>

      <Section
        id="upcoming"
        title="Upcoming scheduled tasks"
        description={`Your next ${DASHBOARD_UPCOMING_LIMIT} runs of enabled tasks, soonest first. Next-run times are shown in UTC.`}
      >
        {summary.upcoming.length === 0 ? (
          <EmptyState title="Nothing scheduled">
            <p>
              A task runs on a schedule once it has a <code>cron</code> expression and a <code>timezone</code> and is
              enabled. Set them when you create a task on its project&apos;s page, or through the API (reference at{" "}
              <a href={API_REFERENCE} className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900">
                {API_REFERENCE}
              </a>
              ), and its next run will show here.
            </p>
          </EmptyState>
        ) : (
          <UpcomingTasksTable labelledBy="upcoming-title" tasks={summary.upcoming} />
        )}
      </Section>
    </>
  );
}
