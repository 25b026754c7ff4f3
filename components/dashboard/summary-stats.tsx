// The dashboard's three totals for the signed-in tenant.
import { Stat, StatList } from "@/components/ui/stat";

export function SummaryStats({
  projectCount,
  taskCount,
  scheduledTaskCount,
}: {
  projectCount: number;
  taskCount: number;
  scheduledTaskCount: number;
}) {
  return (
    <StatList label="Totals">
      <Stat label="Projects" value={projectCount} />
      <Stat label="Tasks" value={taskCount} />
      <Stat label="Scheduled tasks" value={scheduledTaskCount} hint="Tasks with a cron schedule" />
    </StatList>
  );
}
