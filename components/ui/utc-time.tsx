// Timestamps as the server renders them: "2026-11-23 20:14 UTC", the same for every viewer, so server and
// client markup always agree.
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function UtcTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap tabular-nums">
      {formatUtc(date)}
    </time>
  );
}

/** An API timestamp (ISO string) as UtcTime, or a dash when there is none. */
export function IsoTime({ iso }: { iso: string | null }) {
  return iso ? <UtcTime date={new Date(iso)} /> : <span className="text-neutral-500">—</span>;
}
