// The pieces every form field shares: the control's look, and the hint and error lines under it, tied to the
// control by aria-describedby so a screen reader reads them when the field is focused.

export const FIELD_CONTROL_CLASS =
  "block w-full rounded-md border bg-white px-3 py-2 text-base shadow-xs placeholder:text-neutral-400 focus:border-blue-600 disabled:bg-neutral-100 sm:text-sm";

/** The border colour: red while the field has an error, so the problem is visible without reading the text. */
export function fieldBorder(error: string | undefined): string {
  return error ? "border-red-600" : "border-neutral-300";
}

/** The ids of a field's hint and error lines, for aria-describedby (undefined when it has neither). */
export function fieldDescribedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-neutral-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}
