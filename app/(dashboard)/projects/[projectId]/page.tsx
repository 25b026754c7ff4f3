// /projects/{id} — one project: its tasks (filtered, sorted and paged by the URL, so a copied link opens the
// same view), the "New task" form, "Bulk import" and its milestones with "Add milestone". Reads go straight to
// the domain functions; the forms write through the JSON API and refresh this page.
import type { Metadata } from "next";
import { cache, Suspense } from "react";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Section } from "@/components/ui/section";
import { UtcTime } from "@/components/ui/utc-time";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { milestoneOptions } from "@/components/milestones/milestone-option";
import { NewMilestoneForm } from "@/components/milestones/new-milestone-form";
import { BulkImportForm } from "@/components/tasks/bulk-import-form";
import { NewTaskForm } from "@/components/tasks/new-task-form";
import { parseTaskListQuery, type RawSearchParams } from "@/components/tasks/parse-task-list-query";
import { ProjectTasks } from "@/components/tasks/project-tasks";
import { requireUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { loadOr404 } from "@/lib/http/page-not-found";
import { getProject, listMilestones, projectParams } from "@/lib/projects";
import { BULK_MAX_TASKS } from "@/lib/tasks";

interface Props {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<RawSearchParams>;
}

// Shared by generateMetadata and the page within one request. A malformed id names no project: 404, like an
// unknown one (and Postgres is never asked to compare a non-UUID).
const loadProject = cache(async (projectId: string) => {
  const user = await requireUser();
  return { user, project: await loadOr404(projectParams, { projectId }, (p) => getProject(getDb(), user.id, p.projectId)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await loadProject((await params).projectId);
  return { title: project.name };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  // The project is checked before anything is sent, so an unknown one is a real 404; the table then streams
  // in behind its skeleton (a loading.tsx would start streaming first and turn that 404 into a 200).
  const { user, project } = await loadProject(projectId);
  const view = parseTaskListQuery(await searchParams);
  // A handful of rows, needed by the table, both forms and the list: read once, up front.
  const milestones = milestoneOptions(await listMilestones(getDb(), user.id, projectId));

  return (
    <>
      <BackLink href="/projects">All projects</BackLink>
      <PageHeader
        title={project.name}
        description={
          <>
            {project.taskCount.toLocaleString("en-GB")} {project.taskCount === 1 ? "task" : "tasks"} · created <UtcTime date={project.createdAt} />
          </>
        }
      />

      <Section id="tasks" title="Tasks" description="Click a column heading to sort. Times are in UTC.">
        <Suspense fallback={<PageSkeleton label="Loading tasks…" blocks={["toolbar", "table"]} />}>
          <ProjectTasks userId={user.id} projectId={projectId} projectTaskCount={project.taskCount} milestones={milestones} view={view} />
        </Suspense>
      </Section>

      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section id="new-task" title="New task" description="Only the title is required.">
          <NewTaskForm projectId={projectId} milestones={milestones} />
        </Section>
        <Section id="bulk-import" title="Bulk import" description="Add many tasks at once; tasks that already exist are reported, not duplicated.">
          <BulkImportForm projectId={projectId} maxTasks={BULK_MAX_TASKS} milestones={milestones} />
        </Section>
      </div>

      <Section
        id="milestones"
        title="Milestones"
        description="The stages of this project, oldest first. A task belongs to at most one; pick it in New task, or name it in Bulk import."
      >
        <div className="grid items-start gap-x-8 gap-y-4 lg:grid-cols-2">
          <MilestoneList milestones={milestones} labelledBy="milestones-title" />
          <NewMilestoneForm projectId={projectId} milestones={milestones} />
        </div>
      </Section>
    </>
  );
}
