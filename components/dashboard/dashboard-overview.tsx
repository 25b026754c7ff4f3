// The dashboard home's data: totals, projects and upcoming runs for one tenant, each with an empty state that
// says how to get started. Reads through lib/dashboard (the same domain function any other caller would use).
import { getDb } from "@/lib/db";
import { dashboardSummary, DASHBOARD_PROJECT_LIMIT, DASHBOARD_UPCOMING_LIMIT } from "@/lib/dashboard";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { ProjectsTable } from "./projects-table";
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
              For now, projects and tasks are created through the API: send <code>POST /api/projects</code> with a
              JSON body such as <code>{`{"name": "My project"}`}</code> while signed in, then add tasks to it.
            </p>
            <p>
              The full API reference is at{" "}
              <a href={API_REFERENCE} className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900">
                {API_REFERENCE}
              </a>
              . Your projects will be listed here.
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
              enabled. Set them when you create or update a task through the API (reference at{" "}
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
