// The tenant's projects on the dashboard: name, how many tasks, when created. Newest first.
import type { DashboardProject } from "@/lib/dashboard";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";

export function ProjectsTable({ labelledBy, projects }: { labelledBy: string; projects: DashboardProject[] }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th className="text-right">Tasks</Th>
          <Th>Created</Th>
        </tr>
      </thead>
      <Tbody>
        {projects.map((project) => (
          <tr key={project.id}>
            <Td className="min-w-40 font-medium">{project.name}</Td>
            <Td className="text-right tabular-nums">{project.taskCount.toLocaleString("en-GB")}</Td>
            <Td>
              <UtcTime date={project.createdAt} />
            </Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
