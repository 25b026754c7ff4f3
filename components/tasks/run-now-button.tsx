"use client";
// "Run now": POST /api/tasks/{id}/run. One Idempotency-Key per press, so a double click or a retried request
// queues one run, not two. The scheduler picks the run up at its next tick; the page refreshes to show it.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { sendJson } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";

export function RunNowButton({ taskId }: { taskId: string }) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [queued, setQueued] = useState<string | null>(null);

  async function press() {
    const key = crypto.randomUUID();
    const result = await run(() => sendJson<{ execution: { id: string } }>("POST", `/api/tasks/${taskId}/run`, undefined, { "idempotency-key": key }));
    if (result) {
      setQueued(result.data.execution.id);
      // Let the ticker take it, then show the task's runs as they are now.
      setTimeout(() => router.refresh(), 1_500);
    }
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => void press()}
        className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-neutral-400"
      >
        {pending ? "Queueing…" : "Run now"}
      </button>
      <p className="text-xs text-neutral-600" aria-live="polite">
        {queued ? (
          <>
            Queued. <Link href={`/logs/${queued}`} className="font-medium text-blue-700 underline">Follow the run</Link>
          </>
        ) : (
          "Queues one run for the scheduler's next tick, whatever the schedule."
        )}
      </p>
      <FormAlert message={failure?.message ?? null} />
    </div>
  );
}
