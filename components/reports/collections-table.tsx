// A tenant's report collections: name (a link to the collection), range, weeks collected of weeks covered, and
// how its latest run went.
import Link from "next/link";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { IsoTime } from "@/components/ui/utc-time";
import type { CollectionJson } from "@/lib/reports";
import { WorkflowStatusBadge } from "./report-status-badge";

const LINK = "text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline";

export function CollectionsTable({ labelledBy, collections }: { labelledBy: string; collections: CollectionJson[] }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Range</Th>
          <Th className="text-right">Weeks collected</Th>
          <Th>Latest run</Th>
        </tr>
      </thead>
      <Tbody>
        {collections.map((c) => (
          <tr key={c.id}>
            <Td className="min-w-40 font-medium">
              <Link href={`/reports/${c.id}`} className={LINK}>
                {c.name}
              </Link>
            </Td>
            <Td className="whitespace-nowrap tabular-nums">
              {c.start_date} → {c.end_date}
            </Td>
            <Td className="text-right tabular-nums">
              {c.weeks_collected} of {c.week_count}
            </Td>
            <Td>
              {c.latest_execution ? (
                <span className="inline-flex flex-wrap items-center gap-2">
                  <WorkflowStatusBadge status={c.latest_execution.status} />
                  <Link href={`/reports/executions/${c.latest_execution.id}`} className={`${LINK} text-xs`}>
                    <IsoTime iso={c.latest_execution.created_at} />
                  </Link>
                </span>
              ) : (
                <span className="text-neutral-500">Never run</span>
              )}
            </Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
