// The weeks a date range covers, shown while the "New collection" form is filled in: every ISO week that
// intersects the range, so that nobody is surprised that the first week starts before start_date.
import { countIsoWeeks, isoWeeksOf, MAX_COLLECTION_WEEKS } from "@/lib/reports/iso-weeks";

const SHOWN = 6;

export function WeekPreview({ start, end }: { start: string; end: string }) {
  if (!start || !end) return <p className="text-sm text-neutral-600">Pick a start and an end date to see the weeks the collection will cover.</p>;
  if (end < start) return <p className="text-sm text-red-700">The end date is before the start date.</p>;
  const count = countIsoWeeks(start, end);
  if (count > MAX_COLLECTION_WEEKS) {
    return (
      <p className="text-sm text-red-700">
        That is {count} weeks; a collection covers at most {MAX_COLLECTION_WEEKS} (three years). Split it into several collections.
      </p>
    );
  }
  const weeks = isoWeeksOf(start, end);
  const hidden = weeks.length - SHOWN;
  const listed = hidden > 0 ? [...weeks.slice(0, SHOWN - 1), weeks[weeks.length - 1]!] : weeks;
  return (
    <div className="text-sm" aria-live="polite">
      <p className="font-medium text-neutral-800">
        Covers {count} week{count === 1 ? "" : "s"}, Monday to Sunday: {weeks[0]!.start} to {weeks[weeks.length - 1]!.end}
      </p>
      <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Weeks covered">
        {listed.map((week, i) => (
          <li key={week.start} className="contents">
            {hidden > 0 && i === SHOWN - 1 ? <span className="px-1 text-neutral-500">… {hidden} more …</span> : null}
            <span className="rounded bg-neutral-100 px-2 py-0.5 text-xs text-neutral-700 tabular-nums" title={`${week.start} to ${week.end}`}>
              {week.label}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
