// A labelled native <select> (keyboard and screen-reader friendly for free) with an optional hint and error.
import type { SelectHTMLAttributes } from "react";
import { FIELD_CONTROL_CLASS, FieldMessages, fieldBorder, fieldDescribedBy } from "./field-parts";

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  ...selectProps
}: SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-neutral-800">
        {label}
      </label>
      <select
        id={id}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`${FIELD_CONTROL_CLASS} ${fieldBorder(error)}`}
        {...selectProps}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
