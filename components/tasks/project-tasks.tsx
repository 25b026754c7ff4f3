// A project's tasks table with its data: the page of tasks the URL asks for, the platforms for the filter,
// and the empty states (no tasks yet, filters that match nothing, a page past the end). A server component,
// streamed behind a skeleton by the project page.
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { getDb } from "@/lib/db";
import { pageInfo } from "@/lib/http/pagination";
import { listPlatforms, listTasks, taskJson } from "@/lib/tasks";
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { taskListHref, type ParsedTaskList } from "./parse-task-list-query";
import { TasksView } from "./tasks-view";

const LINK = "font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900";

interface Props {
  userId: string;
  projectId: string;
  projectTaskCount: number;
  /** Read by the page already (its forms need them too); here for the table's milestone column. */
  milestones: MilestoneOption[];
  view: ParsedTaskList;
}

export async function ProjectTasks({ userId, projectId, projectTaskCount, milestones, view }: Props) {
  const { query, params: viewParams, problems } = view;
  const db = getDb();
  const [page, platforms] = await Promise.all([listTasks(db, userId, projectId, query), listPlatforms(db, userId, projectId)]);
  const { total_pages: totalPages } = pageInfo(page.totalCount, query);
  const path = `/projects/${projectId}`;
  const filtered = Boolean(query.status || query.platform || query.q);

  const empty =
    filtered && page.totalCount === 0 ? (
      <EmptyState title="No tasks match these filters">
        <p>
          Try another status, platform or search text, or{" "}
          <Link href={taskListHref(path, viewParams, { status: undefined, platform: undefined, q: undefined, page: undefined })} className={LINK}>
            clear the filters
          </Link>
          .
        </p>
      </EmptyState>
    ) : (
      <EmptyState title="No tasks on this page">
        <p>
          This view has {totalPages.toLocaleString("en-GB")} {totalPages === 1 ? "page" : "pages"}.{" "}
          <Link href={taskListHref(path, viewParams, { page: totalPages > 1 ? String(totalPages) : undefined })} className={LINK}>
            Go to the last page
          </Link>
          .
        </p>
      </EmptyState>
    );

  return (
    <>
      <IgnoredParamsNotice problems={problems} correctedHref={taskListHref(path, viewParams, {})} />
      {projectTaskCount === 0 && page.totalCount === 0 ? (
        <EmptyState title="No tasks yet — add one below or paste a batch into Bulk import">
          <p>
            Use{" "}
            <a href="#new-task-title" className={LINK}>
              New task
            </a>{" "}
            for a single task, or{" "}
            <a href="#bulk-import-title" className={LINK}>
              Bulk import
            </a>{" "}
            to paste many at once as CSV or JSON lines.
          </p>
        </EmptyState>
      ) : (
        <TasksView
          tasks={page.tasks.map(taskJson)}
          totalCount={page.totalCount}
          view={{ page: query.page, pageSize: query.page_size, sort: `${query.sort.direction === "desc" ? "-" : ""}${query.sort.column}` }}
          platforms={platforms}
          milestones={milestones}
          labelledBy="tasks-title"
          empty={empty}
        />
      )}
    </>
  );
}
