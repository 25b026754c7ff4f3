// Everything about one task, read-only, in labelled groups: what it is, when it runs, what it runs, and its
// record. Header values the API redacts (credentials) are shown as the API returns them: "[redacted]".
import Link from "next/link";
import type { TaskJson } from "@/lib/tasks";
import { DetailGroup as Group, DetailItem as Item } from "@/components/ui/detail-group";
import { IsoTime } from "@/components/ui/utc-time";
import { StatusBadge } from "./status-badge";
import { HANDLER_KIND_LABELS, MISFIRE_POLICY_LABELS } from "./task-labels";

const NONE = <span className="text-neutral-500">—</span>;

export function TaskDetails({ task, milestoneTitle }: { task: TaskJson; milestoneTitle: string | null }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Group title="Task">
        <Item label="Status">
          <StatusBadge status={task.status} />
        </Item>
        <Item label="Enabled">{task.enabled ? "Yes — runs on its schedule" : "No — its schedule is paused"}</Item>
        <Item label="Priority">{task.priority_score.toLocaleString("en-GB")}</Item>
        <Item label="Platform">{task.platform ?? NONE}</Item>
        <Item label="External ID">{task.external_id ? <code className="break-all">{task.external_id}</code> : NONE}</Item>
        <Item label="Milestone">{milestoneTitle ?? NONE}</Item>
        <Item label="Description">{task.description ? <p className="whitespace-pre-wrap">{task.description}</p> : NONE}</Item>
      </Group>

      <Group title="Schedule">
        {task.schedule ? (
          <>
            <Item label="Cron">
              <code>{task.schedule.cron}</code>
            </Item>
            <Item label="Timezone">{task.schedule.timezone}</Item>
            <Item label="Missed runs">{MISFIRE_POLICY_LABELS[task.schedule.misfire_policy]}</Item>
          </>
        ) : (
          <Item label="Cron">No schedule: this task runs only when triggered.</Item>
        )}
        <Item label="Next run">
          {task.next_run_at ? <IsoTime iso={task.next_run_at} /> : <span className="text-neutral-600">{task.schedule && !task.enabled ? "None while disabled" : "None"}</span>}
        </Item>
      </Group>

      <Group title="Handler">
        <Item label="Kind">{HANDLER_KIND_LABELS[task.handler.kind]}</Item>
        <HandlerConfig kind={task.handler.kind} config={task.handler.config} />
        <Item label="Timeout">{task.timeout_seconds.toLocaleString("en-GB")} seconds</Item>
        <Item label="Max attempts">{task.max_attempts.toLocaleString("en-GB")}</Item>
      </Group>

      <Group title="Record">
        <Item label="ID">
          <code className="break-all">{task.id}</code>
        </Item>
        <Item label="Created">
          <IsoTime iso={task.created_at} />
        </Item>
        <Item label="Updated">
          <IsoTime iso={task.updated_at} />
        </Item>
        <Item label="Runs">
          <Link href={`/logs?task_id=${task.id}`} className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900">
            Runs of this task
          </Link>
        </Item>
      </Group>
    </div>
  );
}

function HandlerConfig({ kind, config }: { kind: TaskJson["handler"]["kind"]; config: Record<string, unknown> }) {
  if (kind === "noop") return <Item label="Configuration">Nothing to configure.</Item>;
  if (kind === "report_collection") {
    return (
      <Item label="Collection">
        <code className="break-all">{String(config.collection_id ?? "")}</code>
      </Item>
    );
  }
  const headers = config.headers && typeof config.headers === "object" ? Object.entries(config.headers as Record<string, unknown>) : [];
  return (
    <>
      <Item label="URL">
        <code className="break-all">{String(config.url ?? "")}</code>
      </Item>
      <Item label="Method">{String(config.method ?? "POST")}</Item>
      <Item label="Headers">
        {headers.length === 0 ? (
          NONE
        ) : (
          <ul className="space-y-0.5">
            {headers.map(([name, value]) => (
              <li key={name} className="break-all">
                <code>
                  {name}: {String(value)}
                </code>
              </li>
            ))}
          </ul>
        )}
      </Item>
      <Item label="Body">
        {typeof config.body === "string" && config.body !== "" ? (
          <pre className="max-h-48 overflow-auto rounded-md bg-neutral-50 p-2 text-xs whitespace-pre-wrap">{config.body}</pre>
        ) : (
          NONE
        )}
      </Item>
    </>
  );
}
