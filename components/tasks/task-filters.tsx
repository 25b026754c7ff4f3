// The tasks table's filters: status and platform apply as soon as they change; the search text on submit.
// The parent resets the page to 1.
import { Button } from "@/components/ui/button";
import { SearchBox } from "@/components/ui/search-box";
import { SelectField } from "@/components/ui/select-field";
import { STATUS_LABELS, labelOptions } from "./task-labels";

export interface TaskFilterValues {
  status: string | null;
  platform: string | null;
  q: string | null;
}

const STATUS_OPTIONS = [{ value: "", label: "All statuses" }, ...labelOptions(STATUS_LABELS)];

export function TaskFilters({
  values,
  platforms,
  onChange,
}: {
  values: TaskFilterValues;
  platforms: string[];
  onChange: (patch: Partial<TaskFilterValues>) => void;
}) {
  // A platform in the URL that no task has (any more) still shows as selected instead of silently reading "All".
  const platformValues = values.platform && !platforms.includes(values.platform) ? [...platforms, values.platform] : platforms;
  const platformOptions = [{ value: "", label: "All platforms" }, ...platformValues.map((p) => ({ value: p, label: p }))];
  const active = Boolean(values.status || values.platform || values.q);
  // An unknown status in the URL is ignored by the server (and reported by the page): show "All" like it does.
  const status = values.status && values.status in STATUS_LABELS ? values.status : "";

  return (
    <div role="group" aria-label="Filter tasks" className="grid gap-3 rounded-lg border border-neutral-200 bg-white p-3 shadow-xs sm:grid-cols-[10rem_10rem_1fr] sm:items-end sm:p-4">
      <SelectField
        id="filter-status"
        label="Status"
        value={status}
        options={STATUS_OPTIONS}
        onChange={(event) => onChange({ status: event.target.value || null })}
      />
      <SelectField
        id="filter-platform"
        label="Platform"
        value={values.platform ?? ""}
        options={platformOptions}
        onChange={(event) => onChange({ platform: event.target.value || null })}
      />
      <SearchBox label="Search tasks" value={values.q} placeholder="Title, description or external ID" onSearch={(q) => onChange({ q })}>
        {active ? (
          <Button type="button" variant="secondary" onClick={() => onChange({ status: null, platform: null, q: null })}>
            Clear filters
          </Button>
        ) : null}
      </SearchBox>
    </div>
  );
}
