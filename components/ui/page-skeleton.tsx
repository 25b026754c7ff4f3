// What part of a page shows while its data streams in: grey blocks in the shape of a toolbar and a table or
// panels, announced once to screen readers ("Loading …").
export function PageSkeleton({ label, blocks }: { label: string; blocks: ("toolbar" | "table" | "panels")[] }) {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{label}</span>
      {blocks.map((block, i) =>
        block === "panels" ? (
          <div key={i} aria-hidden="true" className="grid gap-4 lg:grid-cols-2">
            <div className="h-56 animate-pulse rounded-lg bg-neutral-200" />
            <div className="h-56 animate-pulse rounded-lg bg-neutral-200" />
          </div>
        ) : (
          <div key={i} aria-hidden="true" className={`animate-pulse rounded-lg bg-neutral-200 ${block === "toolbar" ? "h-16" : "h-72"}`} />
        ),
      )}
    </div>
  );
}
