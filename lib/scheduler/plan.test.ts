// planSlots: DST-correct slots in the task's timezone, and each misfire policy on the same outage.
import { describe, expect, it } from "vitest";
import { planSlots, RUN_ALL_CAP, type DueTask } from "./plan";

const GRACE = 90_000;
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

/** Plans day after day, as a scheduler ticking every minute would: each plan starts from the last nextRunAt. */
function runDaily(task: Omit<DueTask, "nextRunAt">, first: Date, until: Date) {
  const ran: Date[] = [];
  let nextRunAt = first;
  while (nextRunAt.getTime() <= until.getTime()) {
    const plan = planSlots({ ...task, nextRunAt }, nextRunAt, GRACE); // planned exactly on time
    ran.push(...plan.run);
    nextRunAt = plan.nextRunAt!;
  }
  return ran;
}

describe("planSlots — DST", () => {
  const daily0230 = { cron: "30 2 * * *", timezone: "America/New_York", misfirePolicy: "run_once" as const };

  it("runs a daily 02:30 New York task once on the spring-forward day (02:30 does not exist: at 03:00 EDT)", () => {
    const ran = runDaily(daily0230, new Date("2026-03-07T07:30:00Z"), new Date("2026-03-09T12:00:00Z"));
    expect(iso(ran)).toEqual(["2026-03-07T07:30:00.000Z", "2026-03-08T07:00:00.000Z", "2026-03-09T06:30:00.000Z"]);
  });

  it("runs it once on the fall-back day (02:30 EST comes once)", () => {
    const ran = runDaily(daily0230, new Date("2026-10-31T06:30:00Z"), new Date("2026-11-02T12:00:00Z"));
    expect(iso(ran)).toEqual(["2026-10-31T06:30:00.000Z", "2026-11-01T07:30:00.000Z", "2026-11-02T07:30:00.000Z"]);
  });

  it("runs a 01:30 task once on the fall-back day, although 01:30 happens twice on the wall clock", () => {
    const ran = runDaily({ ...daily0230, cron: "30 1 * * *" }, new Date("2026-10-31T05:30:00Z"), new Date("2026-11-02T12:00:00Z"));
    expect(iso(ran)).toEqual(["2026-10-31T05:30:00.000Z", "2026-11-01T05:30:00.000Z", "2026-11-02T06:30:00.000Z"]);
  });

  it("keeps a Berlin task at 09:00 local across the change (UTC hour moves)", () => {
    const ran = runDaily({ cron: "0 9 * * *", timezone: "Europe/Berlin", misfirePolicy: "run_once" }, new Date("2026-03-28T08:00:00Z"), new Date("2026-03-30T12:00:00Z"));
    expect(iso(ran)).toEqual(["2026-03-28T08:00:00.000Z", "2026-03-29T07:00:00.000Z", "2026-03-30T07:00:00.000Z"]);
  });
});

describe("planSlots — misfire policies", () => {
  // An hourly task whose last 5 slots passed while nothing ticked; now is 10 minutes after the last one.
  const now = new Date("2026-11-24T15:10:00Z");
  const task = (misfirePolicy: DueTask["misfirePolicy"]): DueTask => ({ cron: "0 * * * *", timezone: "UTC", misfirePolicy, nextRunAt: new Date("2026-11-24T11:00:00Z") });

  it("skip: runs none of the missed slots and reports all five skipped", () => {
    const plan = planSlots(task("skip"), now, GRACE);
    expect(plan.run).toEqual([]);
    expect(plan.skipped).toMatchObject({ count: 5, atLeast: false });
    expect(plan.skipped!.first.toISOString()).toBe("2026-11-24T11:00:00.000Z");
    expect(plan.skipped!.last.toISOString()).toBe("2026-11-24T15:00:00.000Z");
    expect(plan.nextRunAt!.toISOString()).toBe("2026-11-24T16:00:00.000Z");
  });

  it("run_once: one catch-up run, for the latest missed slot; the four before it are skipped", () => {
    const plan = planSlots(task("run_once"), now, GRACE);
    expect(iso(plan.run)).toEqual(["2026-11-24T15:00:00.000Z"]);
    expect(plan.skipped).toMatchObject({ count: 4 });
    expect(plan.skipped!.last.toISOString()).toBe("2026-11-24T14:00:00.000Z");
  });

  it("run_all: every missed slot, oldest first, nothing skipped", () => {
    const plan = planSlots(task("run_all"), now, GRACE);
    expect(iso(plan.run)).toEqual(["11", "12", "13", "14", "15"].map((h) => `2026-11-24T${h}:00:00.000Z`));
    expect(plan.skipped).toBeNull();
  });

  it(`run_all is capped at the ${RUN_ALL_CAP} most recent slots; the older ones are skipped and counted`, () => {
    const plan = planSlots({ cron: "* * * * *", timezone: "UTC", misfirePolicy: "run_all", nextRunAt: new Date("2026-11-24T12:00:00Z") }, now, GRACE);
    expect(plan.run).toHaveLength(RUN_ALL_CAP);
    expect(plan.run.at(-1)!.toISOString()).toBe("2026-11-24T15:10:00.000Z");
    // 12:00 … 15:10 is 191 slots; the newest 100 run.
    expect(plan.skipped).toMatchObject({ count: 91, atLeast: false });
    expect(plan.skipped!.first.toISOString()).toBe("2026-11-24T12:00:00.000Z");
  });

  it("slots inside the grace are on time, not missed: every policy runs them", () => {
    const onTime = new Date("2026-11-24T15:00:30Z");
    for (const policy of ["skip", "run_once", "run_all"] as const) {
      const plan = planSlots({ ...task(policy), nextRunAt: new Date("2026-11-24T15:00:00Z") }, onTime, GRACE);
      expect(iso(plan.run)).toEqual(["2026-11-24T15:00:00.000Z"]);
      expect(plan.skipped).toBeNull();
    }
  });

  it("a task not yet due plans nothing and keeps its next run", () => {
    const plan = planSlots({ ...task("run_once"), nextRunAt: new Date("2026-11-24T16:00:00Z") }, now, GRACE);
    expect(plan).toEqual({ run: [], skipped: null, nextRunAt: new Date("2026-11-24T16:00:00Z") });
  });
});
