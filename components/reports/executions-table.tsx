// Workflow executions of a collection: when, how it went, how many weeks, how long.
import Link from "next/link";
import { formatDuration } from "@/components/logs/run-labels";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { IsoTime } from "@/components/ui/utc-time";
import type { WorkflowExecutionJson } from "@/lib/reports";
import { progressText } from "./report-labels";
import { WorkflowStatusBadge } from "./report-status-badge";

export function ExecutionsTable({ labelledBy, executions }: { labelledBy: string; executions: WorkflowExecutionJson[] }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        <tr>
          <Th>Started (UTC)</Th>
          <Th>Status</Th>
          <Th>Weeks</Th>
          <Th className="text-right">Took</Th>
        </tr>
      </thead>
      <Tbody>
        {executions.map((e) => (
          <tr key={e.id}>
            <Td className="whitespace-nowrap">
              <Link href={`/reports/executions/${e.id}`} className="font-medium text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline">
                <IsoTime iso={e.started_at ?? e.created_at} />
              </Link>
            </Td>
            <Td>
              <WorkflowStatusBadge status={e.status} />
            </Td>
            <Td className="text-sm">{progressText(e)}</Td>
            <Td className="text-right tabular-nums">{formatDuration(e.duration_ms) ?? "—"}</Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
