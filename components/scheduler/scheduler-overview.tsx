// The /scheduler page's content for one tenant: runs by status, the last 24 hours (runs, success rate,
// p50/p95 duration, outcomes per hour), upcoming runs, the current leader and epoch, recent events.
// A server component; it reads through the same functions as GET /api/scheduler/dashboard and /events.
import Link from "next/link";
import { RunStatusBadge } from "@/components/logs/run-status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";
import { getDb } from "@/lib/db";
import { describeCron, listEvents, outcomesPerHour, schedulerDashboard } from "@/lib/scheduler";
import { EventsTable } from "./events-table";
import { OutcomesChart } from "./outcomes-chart";

const RECENT_EVENTS = 15;
const STATUSES = ["queued", "running", "succeeded", "failed", "timed_out", "cancelled"] as const;
const LINK = "text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline";

const ms = (value: number | null) => (value === null ? "—" : value < 1000 ? `${value} ms` : `${(value / 1000).toFixed(1)} s`);

export async function SchedulerOverview({ user }: { user: { id: string; isAdmin: boolean } }) {
  const db = getDb();
  const [dashboard, hours, events] = await Promise.all([
    schedulerDashboard(db, user.id),
    outcomesPerHour(db, user.id),
    listEvents(db, user, { page: 1, page_size: RECENT_EVENTS, type: undefined }),
  ]);
  const { last24h, lease } = dashboard;
  const successRate = last24h.runs ? `${((last24h.succeeded / last24h.runs) * 100).toFixed(1)} %` : "—";

  return (
    <>
      <Section id="leader" title="Scheduler" description="One instance at a time leads: it holds the lease, and every write it makes for the schedule carries its epoch.">
        <Card>
          <dl className="grid gap-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-neutral-600">Leader</dt>
              <dd className="font-medium break-all">{lease?.live ? lease.holder : "Nobody right now"}</dd>
            </div>
            <div>
              <dt className="text-neutral-600">Epoch</dt>
              <dd className="font-medium tabular-nums">{lease?.epoch ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-neutral-600">Lease expires</dt>
              <dd>{lease?.live ? <UtcTime date={lease.expiresAt} /> : "—"}</dd>
            </div>
            <div>
              <dt className="text-neutral-600">Last tick</dt>
              <dd>{lease ? <UtcTime date={lease.lastTickAt} /> : "Never: no instance has ticked yet"}</dd>
            </div>
          </dl>
        </Card>
      </Section>

      <Section id="counts" title="Runs by status" description="Your runs scheduled in the last 24 hours; queued and running ones whatever their age.">
        <ul aria-labelledby="counts-title" className="flex flex-wrap gap-3">
          {STATUSES.map((status) => (
            <li key={status} className="flex items-center gap-2 rounded-lg border border-neutral-200 bg-white px-3 py-2 shadow-xs">
              <RunStatusBadge status={status} />
              <Link href={`/logs?status=${status}`} className={`${LINK} text-lg font-semibold tabular-nums`} aria-label={`${dashboard.countsByStatus[status]} ${status.replace("_", " ")} runs`}>
                {dashboard.countsByStatus[status].toLocaleString("en-GB")}
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="last-24h" title="Last 24 hours" description="Finished runs whose slot fell in the last 24 hours.">
        <Card className="space-y-4">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-neutral-600">Runs</dt>
              <dd className="text-2xl font-semibold tabular-nums">{last24h.runs.toLocaleString("en-GB")}</dd>
            </div>
            <div>
              <dt className="text-neutral-600">Success rate</dt>
              <dd className="text-2xl font-semibold tabular-nums">{successRate}</dd>
            </div>
            <div>
              <dt className="text-neutral-600">p50 duration</dt>
              <dd className="text-2xl font-semibold tabular-nums">{ms(last24h.p50Ms)}</dd>
            </div>
            <div>
              <dt className="text-neutral-600">p95 duration</dt>
              <dd className="text-2xl font-semibold tabular-nums">{ms(last24h.p95Ms)}</dd>
            </div>
          </dl>
          <OutcomesChart hours={hours} />
        </Card>
      </Section>

      <Section id="upcoming" title="Upcoming runs" description="Your enabled scheduled tasks, soonest first.">
        {dashboard.upcoming.length ? (
          <Table labelledBy="upcoming-title">
            <thead>
              <tr>
                <Th>Task</Th>
                <Th>Schedule</Th>
                <Th>Next run</Th>
              </tr>
            </thead>
            <Tbody>
              {dashboard.upcoming.map((u) => (
                <tr key={u.task.id}>
                  <Td className="font-medium">
                    <Link href={`/tasks/${u.task.id}`} className={LINK}>
                      {u.task.title}
                    </Link>
                  </Td>
                  <Td>
                    {describeCron(u.cron)} <span className="text-neutral-500">({u.timezone})</span>
                  </Td>
                  <Td>
                    <UtcTime date={u.nextRunAt} />
                  </Td>
                </tr>
              ))}
            </Tbody>
          </Table>
        ) : (
          <EmptyState title="Nothing scheduled">
            <p>Give a task a cron schedule (and keep it enabled) to see its next run here.</p>
          </EmptyState>
        )}
      </Section>

      <Section id="events" title="Recent events" description={`The latest ${RECENT_EVENTS} things the scheduler did for your tasks, and leader changes. All of them: GET /api/scheduler/events.`}>
        {events.events.length ? (
          <EventsTable labelledBy="events-title" events={events.events} />
        ) : (
          <EmptyState title="No events yet">
            <p>Events appear once the scheduler has ticked: leader changes, dispatches, outcomes, retries.</p>
          </EmptyState>
        )}
      </Section>
    </>
  );
}
