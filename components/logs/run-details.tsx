// Everything about one run, read-only: what ran and how it ended, when, and its record. The error and the
// handler's output are shown whole (pre-formatted), since they are what someone opens this page for.
import Link from "next/link";
import type { ExecutionLogJson } from "@/lib/logs";
import { DetailGroup as Group, DetailItem as Item } from "@/components/ui/detail-group";
import { IsoTime } from "@/components/ui/utc-time";
import { formatDuration } from "./run-labels";
import { RunStatusBadge } from "./run-status-badge";

const NONE = <span className="text-neutral-500">—</span>;
const LINK = "font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900";

export function RunDetails({ run }: { run: ExecutionLogJson }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Group title="Outcome">
        <Item label="Status">
          <RunStatusBadge status={run.status} />
        </Item>
        <Item label="Task">
          {run.task ? (
            <>
              <Link href={`/tasks/${run.task.id}`} className={LINK}>
                {run.task.title}
              </Link>{" "}
              · <Link href={`/logs?task_id=${run.task.id}`} className={LINK}>all its runs</Link>
            </>
          ) : (
            <span>None: imported history of a legacy user who had no account when it was imported (an orphaned run).</span>
          )}
        </Item>
        <Item label="Attempt">{run.attempt.toLocaleString("en-GB")}</Item>
        <Item label="Error">{run.error ? <pre className="max-h-64 overflow-auto rounded-md bg-red-50 p-2 text-xs whitespace-pre-wrap text-red-900">{run.error}</pre> : NONE}</Item>
        <Item label="Output">
          {run.output === null ? (
            <span className="text-neutral-600">No output</span>
          ) : (
            <pre className="max-h-64 overflow-auto rounded-md bg-neutral-50 p-2 text-xs whitespace-pre-wrap">{JSON.stringify(run.output, null, 2)}</pre>
          )}
        </Item>
      </Group>

      <Group title="Timing (UTC)">
        <Item label="Scheduled for">
          <IsoTime iso={run.scheduled_for} />
        </Item>
        <Item label="Started">
          <IsoTime iso={run.started_at} />
        </Item>
        <Item label="Finished">
          <IsoTime iso={run.finished_at} />
        </Item>
        <Item label="Duration">{formatDuration(run.duration_ms) ?? NONE}</Item>
      </Group>

      <Group title="Record">
        <Item label="Run ID">
          <code className="break-all">{run.id}</code>
        </Item>
        <Item label="Tenant">
          <code className="break-all">{run.user_id_str}</code>
        </Item>
        <Item label="Leader epoch">{run.epoch ?? NONE}</Item>
        <Item label="Workflow run">
          {run.workflow_execution_id ? (
            <Link href={`/reports/executions/${run.workflow_execution_id}`} className={LINK}>
              The report collection run it carried out
            </Link>
          ) : (
            NONE
          )}
        </Item>
      </Group>
    </div>
  );
}
