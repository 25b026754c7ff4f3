// A labelled block of read-only facts (a <dl>), as on the task and run pages.
import type { ReactNode } from "react";

export function DetailGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-neutral-200 bg-white p-4 shadow-xs sm:p-5">
      <h2 className="mb-3 text-base font-semibold tracking-tight">{title}</h2>
      <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">{children}</dl>
    </section>
  );
}

export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-neutral-600">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}
