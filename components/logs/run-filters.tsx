// The runs table's filters: status and the date range apply as soon as they change; the search text applies
// on submit (Enter or the button), so typing doesn't send a request per key. A task filter (set from a row's
// "Only this task" or a task's page) shows as a removable chip. The parent resets the page to 1.
import { Button } from "@/components/ui/button";
import { SearchBox } from "@/components/ui/search-box";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { RUN_STATUS_LABELS, RUN_STATUSES, isRunStatus } from "./run-labels";

export interface RunFilterValues {
  status: string | null;
  task_id: string | null;
  from: string | null;
  to: string | null;
  q: string | null;
}

const STATUS_OPTIONS = [{ value: "", label: "All statuses" }, ...RUN_STATUSES.map((s) => ({ value: s, label: RUN_STATUS_LABELS[s] }))];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function RunFilters({
  values,
  taskTitle,
  onChange,
}: {
  values: RunFilterValues;
  /** The title of the task in `task_id`, or null when it names no task of this tenant. */
  taskTitle: string | null;
  onChange: (patch: Partial<RunFilterValues>) => void;
}) {
  const active = Object.values(values).some(Boolean);

  return (
    <div role="group" aria-label="Filter runs" className="space-y-3 rounded-lg border border-neutral-200 bg-white p-3 shadow-xs sm:p-4">
      <div className="grid gap-3 sm:grid-cols-[10rem_10rem_10rem_1fr] sm:items-end">
        <SelectField
          id="filter-status"
          label="Status"
          // An unknown status in the URL is ignored by the server (and reported by the page): show "All" like it does.
          value={isRunStatus(values.status) ? values.status : ""}
          options={STATUS_OPTIONS}
          onChange={(event) => onChange({ status: event.target.value || null })}
        />
        <DateField id="filter-from" label="From (UTC day)" value={values.from} onChange={(from) => onChange({ from })} />
        <DateField id="filter-to" label="To (UTC day)" value={values.to} onChange={(to) => onChange({ to })} />
        <SearchBox label="Search runs" value={values.q} placeholder="Error text or task title" onSearch={(q) => onChange({ q })} />
      </div>
      {values.task_id || active ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {values.task_id ? (
            <span className="inline-flex items-center gap-2 rounded-full bg-blue-50 py-1 pr-1 pl-3 text-blue-900 ring-1 ring-blue-200 ring-inset">
              Task: {taskTitle ?? "a task that no longer exists"}
              <button
                type="button"
                onClick={() => onChange({ task_id: null })}
                className="rounded-full px-2 text-blue-900 hover:bg-blue-100"
                aria-label="Remove the task filter"
              >
                ✕
              </button>
            </span>
          ) : null}
          {active ? (
            <Button type="button" variant="secondary" className="px-3 py-1" onClick={() => onChange({ status: null, task_id: null, from: null, to: null, q: null })}>
              Clear filters
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function DateField({ id, label, value, onChange }: { id: string; label: string; value: string | null; onChange: (value: string | null) => void }) {
  return (
    <TextField
      id={id}
      label={label}
      type="date"
      // A date-time in the URL (the API accepts both) is shown by its day.
      value={value && DATE.test(value.slice(0, 10)) ? value.slice(0, 10) : ""}
      onChange={(event) => onChange(event.target.value || null)}
    />
  );
}
