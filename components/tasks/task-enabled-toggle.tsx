"use client";
// Pauses or resumes a task's schedule: PATCH /api/tasks/{id} { enabled }, then the page re-reads the task (the
// server recomputes its next run). A switch, so its state is announced as on/off.
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/ui/form-alert";
import { sendJson } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";

export function TaskEnabledToggle({ taskId, enabled }: { taskId: string; enabled: boolean }) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();

  async function toggle() {
    const result = await run(() => sendJson("PATCH", `/api/tasks/${taskId}`, { enabled: !enabled }));
    if (result) router.refresh();
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        disabled={pending}
        onClick={() => void toggle()}
        className="inline-flex items-center gap-3 rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm font-medium text-neutral-800 hover:bg-neutral-100 disabled:cursor-not-allowed disabled:text-neutral-400"
      >
        <span aria-hidden="true" className={`relative inline-block h-5 w-9 rounded-full transition-colors ${enabled ? "bg-green-600" : "bg-neutral-300"}`}>
          <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-all ${enabled ? "left-4.5" : "left-0.5"}`} />
        </span>
        Enabled
      </button>
      <p className="text-xs text-neutral-600" aria-live="polite">
        {pending ? "Saving…" : enabled ? "The scheduler runs this task on its schedule." : "Paused: the schedule is kept, but nothing runs until you enable it."}
      </p>
      <FormAlert message={failure?.message ?? null} />
    </div>
  );
}
