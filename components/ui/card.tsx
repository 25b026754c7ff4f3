// A white, bordered surface that groups related content.
import type { ReactNode } from "react";

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`rounded-lg border border-neutral-200 bg-white p-4 shadow-xs sm:p-6 ${className}`}>{children}</div>;
}
