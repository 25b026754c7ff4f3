// A labelled input with an optional hint under it (linked by aria-describedby, so screen readers read it too).
import type { InputHTMLAttributes } from "react";

export function TextField({
  id,
  label,
  hint,
  ...inputProps
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string }) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-neutral-800">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={hintId}
        className="block w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-base shadow-xs placeholder:text-neutral-400 focus:border-blue-600 disabled:bg-neutral-100 sm:text-sm"
        {...inputProps}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-neutral-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
