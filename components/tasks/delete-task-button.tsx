"use client";
// Deletes a task after an explicit second step (the first click only asks), then returns to its project.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { sendJson } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";

export function DeleteTaskButton({ taskId, taskTitle, projectId }: { taskId: string; taskTitle: string; projectId: string }) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [confirming, setConfirming] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  // Keyboard users land on the question's answer, not back at the top of the page.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function remove() {
    const result = await run(() => sendJson("DELETE", `/api/tasks/${taskId}`));
    if (!result) return;
    setLeaving(true);
    router.push(`/projects/${projectId}`);
    router.refresh();
  }

  if (!confirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        Delete task
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby="delete-task-question" className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3">
      <p id="delete-task-question" className="text-sm text-red-900">
        Delete “{taskTitle}”? Its schedule stops, its run history is deleted with it, and this can&apos;t be undone.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button ref={confirmRef} type="button" variant="danger" disabled={pending || leaving} onClick={() => void remove()}>
          {pending || leaving ? "Deleting…" : "Yes, delete it"}
        </Button>
        <Button type="button" variant="secondary" disabled={pending || leaving} onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
      <FormAlert message={failure?.message ?? null} />
    </div>
  );
}
