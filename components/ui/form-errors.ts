// How a form shows an API failure: each field error next to its field, and one sentence in the form's alert —
// pointing at the highlighted fields, or the API's message when no field is to blame — followed by any error
// none of the form's fields can show, so that no error is ever dropped.
import { placeFieldErrors, type ApiFailure } from "./json-api";

export function formErrors(failure: ApiFailure | null, fieldPaths: readonly string[]): { byField: Record<string, string>; alert: string | null } {
  const { byField, unplaced } = placeFieldErrors(failure?.fieldErrors ?? [], fieldPaths);
  if (!failure) return { byField, alert: null };
  const lead = Object.keys(byField).length > 0 ? "Check the highlighted fields." : failure.message;
  return { byField, alert: [lead, ...unplaced.map((e) => `${e.path}: ${e.message}`)].join(" ") };
}
