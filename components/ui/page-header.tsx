// A page's title (its one <h1>) and an optional line saying what the page is for.
import type { ReactNode } from "react";

export function PageHeader({ title, description }: { title: string; description?: ReactNode }) {
  return (
    <header className="mb-6 space-y-1">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {description ? <p className="text-neutral-600">{description}</p> : null}
    </header>
  );
}
