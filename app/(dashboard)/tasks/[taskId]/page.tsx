// /tasks/{id} — one task: its schedule in words with the next five runs, Run now, its latest runs, all its
// fields, a link back to its project, the enable/disable switch, Edit (a form that changes its fields) and Delete.
import type { Metadata } from "next";
import { cache } from "react";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { milestoneOptions } from "@/components/milestones/milestone-option";
import { DeleteTaskButton } from "@/components/tasks/delete-task-button";
import { TaskActions } from "@/components/tasks/task-actions";
import { TaskDetails } from "@/components/tasks/task-details";
import { TaskEnabledToggle } from "@/components/tasks/task-enabled-toggle";
import { RunNowButton } from "@/components/tasks/run-now-button";
import { ScheduleCard } from "@/components/tasks/schedule-card";
import { TaskRecentRuns } from "@/components/tasks/task-recent-runs";
import { requireUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { loadOr404 } from "@/lib/http/page-not-found";
import { getProject, listMilestones } from "@/lib/projects";
import { getTask, taskJson, taskParams } from "@/lib/tasks";

interface Props {
  params: Promise<{ taskId: string }>;
}

// Shared by generateMetadata and the page within one request. A malformed id is a 404 like an unknown one.
const loadTask = cache(async (taskId: string) => {
  const user = await requireUser();
  return { user, task: await loadOr404(taskParams, { taskId }, (p) => getTask(getDb(), user.id, p.taskId)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { task } = await loadTask((await params).taskId);
  return { title: task.title };
}

export default async function TaskPage({ params }: Props) {
  const { user, task: row } = await loadTask((await params).taskId);
  const task = taskJson(row);
  const db = getDb();
  // All of the project's milestones: the edit form offers them, and the task's own is shown by title.
  const [project, milestoneRows] = await Promise.all([getProject(db, user.id, task.project_id), listMilestones(db, user.id, task.project_id)]);
  const milestones = milestoneOptions(milestoneRows);
  const milestoneTitle = milestones.find((m) => m.id === task.milestone_id)?.title ?? null;

  return (
    <>
      <BackLink href={`/projects/${project.id}`}>{project.name}</BackLink>
      <PageHeader title={task.title} description={`A task in ${project.name}.`} />
      <TaskActions
        task={task}
        milestones={milestones}
        toggle={<TaskEnabledToggle taskId={task.id} enabled={task.enabled} />}
        remove={<DeleteTaskButton taskId={task.id} taskTitle={task.title} projectId={project.id} />}
      />
      <div className="mt-6 grid gap-4 md:grid-cols-[2fr_1fr]">
        <ScheduleCard task={task} />
        <div className="rounded-lg border border-neutral-200 bg-white p-4 shadow-xs sm:p-6">
          <RunNowButton taskId={task.id} />
        </div>
      </div>
      <TaskRecentRuns userId={user.id} taskId={task.id} />
      <TaskDetails task={task} milestoneTitle={milestoneTitle} />
    </>
  );
}
