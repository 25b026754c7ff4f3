// A tenant's projects as a table: name (a link to the project's tasks), how many tasks, when created. Used by the
// dashboard home and the projects page; the caller decides the order and how many.
import Link from "next/link";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";

export interface ProjectsTableRow {
  id: string;
  name: string;
  taskCount: number;
  createdAt: Date;
}

export function ProjectsTable({ labelledBy, projects }: { labelledBy: string; projects: ProjectsTableRow[] }) {
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
            <Td className="min-w-40 font-medium">
              <Link href={`/projects/${project.id}`} className="text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline">
                {project.name}
              </Link>
            </Td>
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
