// A labelled multi-line text box with an optional hint and error, styled like TextField.
import type { TextareaHTMLAttributes } from "react";
import { FIELD_CONTROL_CLASS, FieldMessages, fieldBorder, fieldDescribedBy } from "./field-parts";

export function TextAreaField({
  id,
  label,
  hint,
  error,
  className = "",
  ...textareaProps
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; hint?: string; error?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-neutral-800">
        {label}
      </label>
      <textarea
        id={id}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`${FIELD_CONTROL_CLASS} ${fieldBorder(error)} ${className}`}
        {...textareaProps}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
