"use client";
// "Add milestone" on a project page: POST /api/projects/{id}/milestones { title }, the API's message next to the
// field when it is refused, then the page refreshed so the list and the task forms' milestone choices include it.
// A title the project already has (ignoring case) is refused here: Bulk import finds milestones by title, so two
// with one name would be ambiguous there.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { formErrors } from "@/components/ui/form-errors";
import { sendJson } from "@/components/ui/json-api";
import { TextField } from "@/components/ui/text-field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import type { MilestoneOption } from "./milestone-option";

export function NewMilestoneForm({ projectId, milestones }: { projectId: string; milestones: readonly MilestoneOption[] }) {
  const router = useRouter();
  const { pending, failure, run, setFailure } = useApiMutation();
  const [added, setAdded] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const title = String(new FormData(form).get("title") ?? "");
    setAdded(null);
    const taken = milestones.find((m) => m.title.trim().toLowerCase() === title.trim().toLowerCase());
    if (taken && title.trim() !== "") {
      setFailure({ ok: false, status: 400, message: "", fieldErrors: [{ path: "title", message: `This project already has a milestone called “${taken.title}”.` }] });
      return;
    }
    const result = await run(() => sendJson<{ milestone: MilestoneOption }>("POST", `/api/projects/${projectId}/milestones`, { title }));
    if (!result) return;
    form.reset();
    setAdded(result.data.milestone.title);
    router.refresh();
  }

  const { byField, alert } = formErrors(failure, ["title"]);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add milestone" className="space-y-3 rounded-lg border border-neutral-200 bg-white p-4 shadow-xs sm:p-6">
      <TextField id="milestone-title" name="title" label="Milestone title" hint="E.g. Beta or Launch." autoComplete="off" maxLength={200} error={byField.title} />
      <FormAlert message={byField.title ? null : alert} />
      {added ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          Added the milestone “{added}”.
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add milestone"}
      </Button>
    </form>
  );
}
