"use client";
// The task page's edit form: PATCH /api/tasks/{id} with only the fields that changed (taskPatchBody), the API's
// field errors next to their fields, and its 409 (the external ID belongs to another task of the project) at
// External ID. When nothing changed it says so instead of sending: the API refuses an empty patch.
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { TaskJson } from "@/lib/tasks";
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { formErrors } from "@/components/ui/form-errors";
import { sendJson, type ApiFailure } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { TASK_FORM_FIELDS } from "./task-form-body";
import { TaskFormFields } from "./task-form-fields";
import { readTaskForm, taskFormValuesOf } from "./task-form-values";
import { taskPatchBody } from "./task-patch-body";

/** A 409 from PATCH can only be a taken external_id (update-task.ts), so it is that field's error. */
function withConflictAtExternalId(failure: ApiFailure | null): ApiFailure | null {
  if (failure?.status !== 409) return failure;
  return { ...failure, fieldErrors: [{ path: "external_id", message: failure.message }] };
}

interface Props {
  task: TaskJson;
  milestones: MilestoneOption[];
  onSaved: () => void;
  onCancel: () => void;
}

export function EditTaskForm({ task, milestones, onSaved, onCancel }: Props) {
  const { pending, failure, run, setFailure } = useApiMutation();
  // The task as the form opened on it: the fields start from it and a save sends what differs from it, so a
  // change made meanwhile elsewhere (the switch, another tab) to a field left alone here is not overwritten.
  const [base] = useState(task);
  const initial = taskFormValuesOf(base);
  const [handlerKind, setHandlerKind] = useState(initial.handler_kind);
  const [unchanged, setUnchanged] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Opened from the Edit button: keyboard users continue in the first field, not back at the button.
  useEffect(() => {
    const title = formRef.current?.elements.namedItem("title");
    if (title instanceof HTMLInputElement) title.focus();
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const patch = taskPatchBody(readTaskForm(new FormData(event.currentTarget)), base);
    setUnchanged(Object.keys(patch).length === 0);
    if (Object.keys(patch).length === 0) {
      setFailure(null);
      return;
    }
    const result = await run(() => sendJson<{ task: TaskJson }>("PATCH", `/api/tasks/${task.id}`, patch));
    if (result) onSaved();
  }

  const { byField, alert } = formErrors(withConflictAtExternalId(failure), TASK_FORM_FIELDS);
  const headers = base.handler.kind === "http" && base.handler.config.headers && typeof base.handler.config.headers === "object" ? Object.keys(base.handler.config.headers) : [];

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Edit task" className="space-y-4">
      <TaskFormFields
        idPrefix="edit-task"
        mode="edit"
        initial={initial}
        milestones={milestones}
        errors={byField}
        handlerKind={handlerKind}
        onHandlerKindChange={setHandlerKind}
        keptHeaders={headers}
      />
      <FormAlert message={alert} />
      {unchanged ? (
        <p role="status" className="rounded-md border border-neutral-200 bg-neutral-50 px-3 py-2 text-sm text-neutral-800">
          Nothing changed, so nothing was saved. Edit a field first, or cancel.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
