// The runs table with its data: the page of runs the URL asks for, the task filtered on, the empty states
// (no runs yet, filters that match nothing, a page past the end), the notice for ignored URL values and the
// CSV export of the current filter. A server component, streamed behind a skeleton by the page.
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { pageInfo } from "@/lib/http/pagination";
import { executionLogJson, listLogs } from "@/lib/logs";
import { getTask } from "@/lib/tasks";
import { runExportHref, runListHref, type ParsedRunList } from "./parse-run-list-query";
import { RunsView } from "./runs-view";

const LINK = "font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900";

export async function TenantRuns({ userId, view }: { userId: string; view: ParsedRunList }) {
  const { query, params, problems } = view;
  const db = getDb();
  const [page, taskTitle] = await Promise.all([listLogs(db, userId, query), query.task_id ? taskTitleOrNull(userId, query.task_id) : null]);
  const { total_pages: totalPages } = pageInfo(page.totalCount, query);
  const filtered = Boolean(query.status || query.task_id || query.from || query.to || query.q);

  const empty =
    page.totalCount === 0 && !filtered ? (
      <EmptyState title="No runs yet">
        <p>
          Runs appear here once the scheduler runs one of your scheduled tasks. Give a task a cron schedule on its{" "}
          <Link href="/projects" className={LINK}>
            project&apos;s page
          </Link>
          .
        </p>
      </EmptyState>
    ) : page.totalCount === 0 ? (
      <EmptyState title="No runs match these filters">
        <p>
          Try another status, date range or search text, or{" "}
          <Link href={runListHref(params, { status: undefined, task_id: undefined, from: undefined, to: undefined, q: undefined, page: undefined })} className={LINK}>
            clear the filters
          </Link>
          .
        </p>
      </EmptyState>
    ) : (
      <EmptyState title="No runs on this page">
        <p>
          This view has {totalPages.toLocaleString("en-GB")} {totalPages === 1 ? "page" : "pages"}.{" "}
          <Link href={runListHref(params, { page: totalPages > 1 ? String(totalPages) : undefined })} className={LINK}>
            Go to the last page
          </Link>
          .
        </p>
      </EmptyState>
    );

  return (
    <>
      <IgnoredParamsNotice problems={problems} correctedHref={runListHref(params, {})} />
      <p className="flex flex-wrap items-center justify-between gap-2 text-sm text-neutral-600">
        <span>Times are in UTC. Click a run&apos;s time for its details, a column heading to sort.</span>
        {page.totalCount > 0 ? (
          <a href={runExportHref(params)} download className={LINK}>
            Export CSV ({page.totalCount.toLocaleString("en-GB")} {page.totalCount === 1 ? "run" : "runs"} matching these filters)
          </a>
        ) : null}
      </p>
      <RunsView
        runs={page.logs.map(executionLogJson)}
        totalCount={page.totalCount}
        view={{ page: query.page, pageSize: query.page_size, sort: `${query.sort.direction === "desc" ? "-" : ""}${query.sort.column}` }}
        taskTitle={taskTitle}
        labelledBy="runs-title"
        empty={empty}
      />
    </>
  );
}

async function taskTitleOrNull(userId: string, taskId: string): Promise<string | null> {
  try {
    return (await getTask(getDb(), userId, taskId)).title;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
