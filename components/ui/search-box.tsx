// A table's search box: the text applies on submit (Enter or the button), so typing doesn't send a request
// per key; `children` are extra buttons after it (e.g. "Clear filters"). Used by the tasks and runs filters.
import type { FormEvent, ReactNode } from "react";
import { Button } from "./button";

export function SearchBox({
  label,
  value,
  placeholder,
  onSearch,
  children,
}: {
  /** The form's accessible name, e.g. "Search tasks". */
  label: string;
  value: string | null;
  placeholder: string;
  onSearch: (q: string | null) => void;
  children?: ReactNode;
}) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    onSearch(q || null);
  }

  return (
    <form role="search" aria-label={label} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor="filter-q" className="block text-sm font-medium text-neutral-800">
          Search
        </label>
        <input
          // Re-mounted when the URL's q changes (back button, "clear filters"), so the box shows what applies.
          key={value ?? ""}
          id="filter-q"
          name="q"
          type="search"
          defaultValue={value ?? ""}
          placeholder={placeholder}
          maxLength={200}
          className="block w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-base shadow-xs placeholder:text-neutral-400 focus:border-blue-600 sm:text-sm"
        />
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
      {children}
    </form>
  );
}
