// A server-paged table's pager: total count, "Page X of Y", previous/next and the page size. Page numbers are
// 1-based here and in the URL; TanStack's pageIndex is 0-based and stays inside the table state.
import { Button } from "@/components/ui/button";

/** The page sizes offered (the API allows up to 200). */
export const PAGE_SIZES = [25, 50, 100, 200] as const;

export function Pager({
  noun,
  page,
  pageCount,
  pageSize,
  totalCount,
  canPrevious,
  canNext,
  onPrevious,
  onNext,
  onPageSize,
}: {
  /** What is counted: `["task", "tasks"]`. */
  noun: readonly [one: string, many: string];
  page: number;
  pageCount: number;
  pageSize: number;
  totalCount: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
}) {
  // A page size typed into the URL that isn't one of the choices is still shown, so the select never lies.
  const sizes = PAGE_SIZES.some((size) => size === pageSize) ? PAGE_SIZES : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm">
      <p className="text-neutral-700" aria-live="polite">
        <span className="font-medium tabular-nums">{totalCount.toLocaleString("en-GB")}</span> {totalCount === 1 ? noun[0] : noun[1]} ·{" "}
        <span className="tabular-nums">
          Page {page.toLocaleString("en-GB")} of {Math.max(pageCount, 1).toLocaleString("en-GB")}
        </span>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="page-size" className="text-neutral-700">
          Rows per page
        </label>
        <select
          id="page-size"
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
          className="rounded-md border border-neutral-300 bg-white px-2 py-1.5 text-base shadow-xs focus:border-blue-600 sm:text-sm"
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={onPrevious} disabled={!canPrevious}>
          Previous<span className="sr-only"> page</span>
        </Button>
        <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={onNext} disabled={!canNext}>
          Next<span className="sr-only"> page</span>
        </Button>
      </div>
    </nav>
  );
}
