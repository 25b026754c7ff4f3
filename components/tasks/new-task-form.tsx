"use client";
// The "New task" form of a project page: POST /api/projects/{id}/tasks, the API's field errors next to their
// fields, then the table refreshed. When the external ID already exists the API answers 200 with the existing
// task (an idempotent replay): the form says so and links to it instead of claiming it created something.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { TaskJson } from "@/lib/tasks";
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { formErrors } from "@/components/ui/form-errors";
import { sendJson } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { TASK_FORM_FIELDS, taskCreateBody } from "./task-form-body";
import { TaskFormFields } from "./task-form-fields";
import { NEW_TASK_VALUES, readTaskForm } from "./task-form-values";

type Outcome = { kind: "created" | "existing"; task: TaskJson };

export function NewTaskForm({ projectId, milestones }: { projectId: string; milestones: MilestoneOption[] }) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [handlerKind, setHandlerKind] = useState(NEW_TASK_VALUES.handler_kind);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setOutcome(null);
    const body = taskCreateBody(readTaskForm(new FormData(form)));
    const result = await run(() => sendJson<{ task: TaskJson }>("POST", `/api/projects/${projectId}/tasks`, body));
    if (!result) return;
    const replay = result.status === 200 && result.headers.get("Idempotent-Replay") === "true";
    setOutcome({ kind: replay ? "existing" : "created", task: result.data.task });
    if (!replay) {
      form.reset();
      setHandlerKind(NEW_TASK_VALUES.handler_kind);
    }
    router.refresh();
  }

  const { byField, alert } = formErrors(failure, TASK_FORM_FIELDS);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New task" className="space-y-4 rounded-lg border border-neutral-200 bg-white p-4 shadow-xs sm:p-6">
      <TaskFormFields
        idPrefix="task"
        mode="create"
        initial={NEW_TASK_VALUES}
        milestones={milestones}
        errors={byField}
        handlerKind={handlerKind}
        onHandlerKindChange={setHandlerKind}
      />
      <FormAlert message={alert} />
      {outcome ? <OutcomeNotice outcome={outcome} /> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add task"}
      </Button>
    </form>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const link = (
    <Link href={`/tasks/${outcome.task.id}`} className="font-medium underline underline-offset-2">
      {outcome.task.title}
    </Link>
  );
  if (outcome.kind === "existing") {
    return (
      <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        A task with this external ID already exists — showing it: {link}. Nothing new was created.
      </p>
    );
  }
  return (
    <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
      Added {link}.
    </p>
  );
}
