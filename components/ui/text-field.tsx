// A labelled input with an optional hint and error under it (linked by aria-describedby, so screen readers read
// them too; an error also sets aria-invalid).
import type { InputHTMLAttributes } from "react";
import { FIELD_CONTROL_CLASS, FieldMessages, fieldBorder, fieldDescribedBy } from "./field-parts";

export function TextField({
  id,
  label,
  hint,
  error,
  ...inputProps
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-neutral-800">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`${FIELD_CONTROL_CLASS} ${fieldBorder(error)}`}
        {...inputProps}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
