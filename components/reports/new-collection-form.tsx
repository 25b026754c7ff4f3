"use client";
// The "New collection" form: a name and a date range to POST /api/reports/collections, with the weeks the range
// covers previewed as it is typed; the API's message goes next to the field it is about. On success, the new
// collection's page opens, where it can be run.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { placeFieldErrors, sendJson } from "@/components/ui/json-api";
import { TextField } from "@/components/ui/text-field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { WeekPreview } from "./week-preview";

const FIELDS = ["name", "start_date", "end_date"] as const;

export function NewCollectionForm({ defaultStart, defaultEnd }: { defaultStart: string; defaultEnd: string }) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [start, setStart] = useState(defaultStart);
  const [end, setEnd] = useState(defaultEnd);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    const result = await run(() => sendJson<{ collection: { id: string } }>("POST", "/api/reports/collections", { name, start_date: start, end_date: end }));
    if (result) router.push(`/reports/${result.data.collection.id}`);
  }

  const { byField, unplaced } = placeFieldErrors(failure?.fieldErrors ?? [], FIELDS);
  const alert = failure && (unplaced.length > 0 || FIELDS.every((f) => !byField[f])) ? failure.message : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New collection">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <TextField id="collection-name" name="name" label="Name" autoComplete="off" maxLength={200} placeholder="e.g. Q4 runs" error={byField.name} />
        <TextField id="collection-start" name="start_date" type="date" label="From" value={start} onChange={(e) => setStart(e.target.value)} error={byField.start_date} />
        <TextField id="collection-end" name="end_date" type="date" label="To" value={end} onChange={(e) => setEnd(e.target.value)} error={byField.end_date} />
      </div>
      <WeekPreview start={start} end={end} />
      <FormAlert message={alert} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create collection"}
      </Button>
    </form>
  );
}
