// ISO weeks (Monday to Sunday) of a date range. A collection covers every week that intersects its range
// (API.md "Reports"), so its first week may start before start_date and its last end after end_date.
// Dates are calendar dates (YYYY-MM-DD), computed in UTC so that the local timezone never shifts a day.
// Pure: the create form previews the weeks with it in the browser, the server collects them with it.

/** Three years: a collection's weeks are collected in one run, inside its task's timeout. */
export const MAX_COLLECTION_WEEKS = 156;

export interface IsoWeek {
  /** Monday, YYYY-MM-DD. */
  start: string;
  /** Sunday, YYYY-MM-DD. */
  end: string;
  /** ISO week name, e.g. 2026-W48. */
  label: string;
}

const DAY_MS = 86_400_000;

function parseDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Monday of the ISO week that holds `date`. */
function mondayOf(date: Date): Date {
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(date.getTime() - weekday * DAY_MS);
}

/** ISO 8601 week name: the week belongs to the year of its Thursday. */
export function isoWeekLabel(monday: string): string {
  const thursday = new Date(parseDate(monday).getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** How many ISO weeks the range touches (0 when end is before start). */
export function countIsoWeeks(startDate: string, endDate: string): number {
  const first = mondayOf(parseDate(startDate)).getTime();
  const last = mondayOf(parseDate(endDate)).getTime();
  return last < first ? 0 : Math.round((last - first) / (7 * DAY_MS)) + 1;
}

/** Every ISO week that intersects [startDate, endDate], oldest first. */
export function isoWeeksOf(startDate: string, endDate: string): IsoWeek[] {
  const first = mondayOf(parseDate(startDate));
  return Array.from({ length: countIsoWeeks(startDate, endDate) }, (_, i) => {
    const monday = new Date(first.getTime() + i * 7 * DAY_MS);
    const start = formatDate(monday);
    return { start, end: formatDate(new Date(monday.getTime() + 6 * DAY_MS)), label: isoWeekLabel(start) };
  });
}
