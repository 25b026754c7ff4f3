"use client";
// The "New project" form: a name to POST /api/projects, the API's message next to the field when it is
// refused, then a fresh list (router.refresh) with the name box cleared for the next one.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { placeFieldErrors, sendJson } from "@/components/ui/json-api";
import { TextField } from "@/components/ui/text-field";
import { useApiMutation } from "@/components/ui/use-api-mutation";

interface Created {
  project: { id: string; name: string };
}

export function NewProjectForm() {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [created, setCreated] = useState<Created["project"] | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    setCreated(null);
    const result = await run(() => sendJson<Created>("POST", "/api/projects", { name }));
    if (!result) return;
    form.reset();
    setCreated(result.data.project);
    router.refresh();
  }

  const { byField, unplaced } = placeFieldErrors(failure?.fieldErrors ?? [], ["name"]);
  const alert = failure && (unplaced.length > 0 || !byField.name) ? failure.message : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="New project">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="sm:w-96">
          <TextField id="project-name" name="name" label="Project name" autoComplete="off" maxLength={200} error={byField.name} />
        </div>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Creating…" : "Create project"}
        </Button>
      </div>
      <FormAlert message={alert} />
      {created ? (
        <p role="status" className="text-sm text-green-800">
          Created{" "}
          <Link href={`/projects/${created.id}`} className="font-medium underline underline-offset-2">
            {created.name}
          </Link>
          . Open it to add tasks.
        </p>
      ) : null}
    </form>
  );
}
