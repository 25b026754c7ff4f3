// A task's latest runs on its page (the full, filterable list is /logs?task_id=…).
import Link from "next/link";
import { RunStatusBadge } from "@/components/logs/run-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";
import { getDb } from "@/lib/db";
import { listLogs, logListQuery } from "@/lib/logs";

const RECENT = 10;
const LINK = "text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline";

export async function TaskRecentRuns({ userId, taskId }: { userId: string; taskId: string }) {
  const page = await listLogs(getDb(), userId, logListQuery.parse({ task_id: taskId, sort: "-scheduled_for", page_size: RECENT }));
  return (
    <Section
      id="task-runs"
      title="Latest runs"
      description={
        <>
          The {RECENT} most recent of {page.totalCount.toLocaleString("en-GB")}.{" "}
          <Link href={`/logs?task_id=${taskId}`} className={LINK}>
            All runs of this task
          </Link>
        </>
      }
    >
      {page.logs.length ? (
        <Table labelledBy="task-runs-title">
          <thead>
            <tr>
              <Th>Slot</Th>
              <Th>Status</Th>
              <Th>Attempt</Th>
              <Th>Trigger</Th>
              <Th>Duration</Th>
            </tr>
          </thead>
          <Tbody>
            {page.logs.map((log) => (
              <tr key={log.id}>
                <Td>
                  <Link href={`/logs/${log.id}`} className={LINK}>
                    <UtcTime date={log.scheduledFor} />
                  </Link>
                </Td>
                <Td>
                  <RunStatusBadge status={log.status} />
                </Td>
                <Td className="tabular-nums">{log.attempt}</Td>
                <Td>{log.trigger ?? "imported"}</Td>
                <Td className="tabular-nums">{log.durationMs === null ? "—" : `${log.durationMs} ms`}</Td>
              </tr>
            ))}
          </Tbody>
        </Table>
      ) : (
        <EmptyState title="No runs yet">
          <p>Runs appear here when the schedule comes due, or when you press Run now.</p>
        </EmptyState>
      )}
    </Section>
  );
}
