// A task's schedule as people read it: the cron in words, its timezone, and the next five runs in that
// timezone (with UTC beside them), DST included — computed with croner exactly as the scheduler does.
import { Card } from "@/components/ui/card";
import { describeCron } from "@/lib/scheduler";
import { nextRunsAfter, type TaskJson } from "@/lib/tasks";

function inZone(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }).format(date);
}

export function ScheduleCard({ task }: { task: TaskJson }) {
  if (!task.schedule) {
    return (
      <Card>
        <h2 className="font-semibold">Schedule</h2>
        <p className="mt-1 text-sm text-neutral-600">No schedule: this task runs only when you press Run now (or call POST /api/tasks/{"{id}"}/run).</p>
      </Card>
    );
  }
  const { cron, timezone } = task.schedule;
  const upcoming = task.enabled ? nextRunsAfter(cron, timezone, 5) : [];
  return (
    <Card className="space-y-3">
      <div>
        <h2 className="font-semibold">Schedule</h2>
        <p className="mt-1 text-lg">
          {describeCron(cron)} <span className="text-neutral-600">({timezone})</span>
        </p>
        <p className="text-sm text-neutral-600">
          Cron <code>{cron}</code>
        </p>
      </div>
      {task.enabled ? (
        <div>
          <h3 className="text-sm font-medium text-neutral-700">Next five runs</h3>
          <ol aria-label="Next five runs" className="mt-1 space-y-0.5 text-sm tabular-nums">
            {upcoming.map((run) => (
              <li key={run.toISOString()}>
                <time dateTime={run.toISOString()}>{inZone(run, timezone)}</time>
                <span className="text-neutral-500"> · {run.toISOString().slice(0, 16).replace("T", " ")} UTC</span>
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="text-sm text-neutral-600">Paused: enable the task to run it on this schedule.</p>
      )}
    </Card>
  );
}
