// Plain HTML tables with the app's look. <Table> scrolls sideways on narrow screens inside a labelled,
// keyboard-focusable region, so every column stays reachable at 390 px.
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

export function Table({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs"
    >
      <table aria-labelledby={labelledBy} className="min-w-full divide-y divide-neutral-200 text-left text-sm">
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`bg-neutral-50 px-3 py-2.5 sm:px-4 text-xs font-semibold tracking-wide whitespace-nowrap text-neutral-600 uppercase ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`px-3 py-2.5 align-top sm:px-4 ${className}`} {...props} />;
}

export function Tbody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-neutral-100">{children}</tbody>;
}
