// What the dashboard shows while its data loads: grey blocks in the shape of the totals and the tables.
export function DashboardSkeleton() {
  return (
    <div role="status" aria-live="polite" className="space-y-8">
      <span className="sr-only">Loading your projects and tasks…</span>
      <div className="grid grid-cols-3 gap-2 sm:gap-3" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg bg-neutral-200" />
        ))}
      </div>
      <div className="h-48 animate-pulse rounded-lg bg-neutral-200" aria-hidden="true" />
    </div>
  );
}
