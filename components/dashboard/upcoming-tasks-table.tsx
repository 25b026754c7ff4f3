// The tenant's next scheduled runs: enabled tasks with a cron, soonest first.
import Link from "next/link";
import type { DashboardUpcomingTask } from "@/lib/dashboard";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";

export function UpcomingTasksTable({ labelledBy, tasks }: { labelledBy: string; tasks: DashboardUpcomingTask[] }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        <tr>
          <Th>Title</Th>
          <Th>Cron</Th>
          <Th>Timezone</Th>
          <Th>Next run</Th>
        </tr>
      </thead>
      <Tbody>
        {tasks.map((task) => (
          <tr key={task.id}>
            <Td className="min-w-40 font-medium">
              <Link href={`/tasks/${task.id}`} className="text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline">
                {task.title}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">
              <code>{task.cron}</code>
            </Td>
            <Td className="whitespace-nowrap">{task.timezone ?? "UTC"}</Td>
            <Td>{task.nextRunAt ? <UtcTime date={task.nextRunAt} /> : <span className="text-neutral-500">Not computed yet</span>}</Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
