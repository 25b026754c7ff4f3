// What a page or table shows when there is nothing yet: what's missing and what to do about it.
import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-4 py-8 text-center sm:px-8">
      <p className="font-semibold text-neutral-900">{title}</p>
      <div className="mx-auto mt-2 max-w-prose space-y-2 text-sm text-neutral-600">{children}</div>
    </div>
  );
}
