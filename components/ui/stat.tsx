// One labelled number in a summary row. Render several inside <StatList> (a description list).
import type { ReactNode } from "react";

export function StatList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <dl aria-label={label} className="grid grid-cols-3 gap-2 sm:gap-3">
      {children}
    </dl>
  );
}

export function Stat({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <div className="flex flex-col rounded-lg border border-neutral-200 bg-white p-3 shadow-xs sm:p-4">
      <dt className="text-sm text-neutral-600">{label}</dt>
      <dd className="mt-auto pt-1 text-2xl font-semibold tabular-nums sm:text-3xl">{value.toLocaleString("en-GB")}</dd>
      {hint ? <dd className="mt-1 hidden text-xs text-neutral-500 sm:block">{hint}</dd> : null}
    </div>
  );
}
