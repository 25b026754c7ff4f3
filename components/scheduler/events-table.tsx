// The scheduler's latest events the tenant may see: what happened, to which task and run, under which epoch.
import Link from "next/link";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";
import type { EventRow } from "@/lib/scheduler";

const LABELS: Record<EventRow["type"], string> = {
  leader_changed: "Leader changed",
  dispatched: "Dispatched",
  succeeded: "Succeeded",
  failed: "Failed",
  timed_out: "Timed out",
  reaped: "Reaped",
  retried: "Retry queued",
  misfire_skipped: "Missed runs skipped",
  schedule_invalid: "Schedule unusable",
};

const LINK = "text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline";

function summary(event: EventRow): string {
  const d = event.detail as Record<string, unknown>;
  switch (event.type) {
    case "leader_changed":
      return `${String(d.holder)} took over${d.previous_holder ? ` from ${String(d.previous_holder)}` : ""}`;
    case "misfire_skipped":
      return `${d.at_least ? "at least " : ""}${String(d.skipped)} slot(s) skipped (${String(d.policy)})`;
    case "retried":
      return `attempt ${String(d.attempt)} queued`;
    case "reaped":
      return `attempt ${String(d.attempt)}, worker ${String(d.worker)}`;
    case "schedule_invalid":
      return String(d.reason);
    default:
      return d.attempt ? `attempt ${String(d.attempt)}${d.duration_ms !== undefined ? `, ${String(d.duration_ms)} ms` : ""}` : "";
  }
}

export function EventsTable({ labelledBy, events }: { labelledBy: string; events: EventRow[] }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        <tr>
          <Th>When</Th>
          <Th>Event</Th>
          <Th>Details</Th>
          <Th>Run</Th>
          <Th>Epoch</Th>
        </tr>
      </thead>
      <Tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <Td>
              <UtcTime date={event.createdAt} />
            </Td>
            <Td className="whitespace-nowrap font-medium">{LABELS[event.type]}</Td>
            <Td className="min-w-48 text-neutral-700">{summary(event)}</Td>
            <Td className="whitespace-nowrap">
              {event.executionId ? (
                <Link href={`/logs/${event.executionId}`} className={LINK}>
                  View run
                </Link>
              ) : event.taskId ? (
                <Link href={`/tasks/${event.taskId}`} className={LINK}>
                  View task
                </Link>
              ) : (
                <span className="text-neutral-500">—</span>
              )}
            </Td>
            <Td className="tabular-nums">{event.epoch ?? "—"}</Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
