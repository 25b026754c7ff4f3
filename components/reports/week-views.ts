// Weeks as the pages show them: a collection's written weeks merged with the weeks of its range that no run has
// written yet (shown as "not collected yet", so the table always lists the whole range).
import type { WeekData, WeekJson } from "@/lib/reports";
import { isoWeekLabel, isoWeeksOf } from "@/lib/reports/iso-weeks";
import type { WeekView } from "./weeks-table";

export function weekView(week: WeekJson): WeekView {
  return {
    id: week.id,
    label: isoWeekLabel(week.week_start_date),
    start: week.week_start_date,
    end: week.week_end_date,
    status: week.status,
    executionId: week.execution_id,
    data: isWeekData(week.data) ? week.data : null,
    errorMessage: week.error_message,
  };
}

export function collectionWeekViews(range: { start_date: string; end_date: string }, written: WeekJson[]): WeekView[] {
  const byStart = new Map(written.map((w) => [w.week_start_date, w]));
  const views = isoWeeksOf(range.start_date, range.end_date).map((week): WeekView => {
    const row = byStart.get(week.start);
    byStart.delete(week.start);
    return row
      ? weekView(row)
      : { id: `week:${week.start}`, label: week.label, start: week.start, end: week.end, status: "not_collected", executionId: null, data: null, errorMessage: null };
  });
  // Rows outside the range (legacy data) are still shown, in order.
  return [...views, ...[...byStart.values()].map(weekView)].sort((a, b) => a.start.localeCompare(b.start));
}

// Legacy rows may hold data of another shape: only figures in Tickboard's shape are shown as figures.
function isWeekData(data: unknown): data is WeekData {
  return typeof data === "object" && data !== null && typeof (data as WeekData).runs === "number" && Array.isArray((data as WeekData).by_platform);
}
