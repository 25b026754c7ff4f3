"use client";
// "Run backfill", after a confirm step: the online user_id_str backfill driven from the browser, one short call
// at a time (each call does a few keyset batches and is audited), so the page can show its progress — a
// progress bar and the rows remaining — and the operator can stop between calls. Stopping loses nothing: the
// next run resumes.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { sendJson } from "@/components/ui/json-api";
import { ConfirmButton } from "./confirm-button";

interface ReconcileResult {
  batches: number;
  rows_updated: number;
  remaining_unresolved: number;
}

// 10 batches of 2,000 rows per call: a call takes well under a second, so the bar moves and Stop answers fast.
const PER_CALL = { batch_size: 2000, max_batches: 10 };

export function RunBackfill({ pending }: { pending: number }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "running" | "done" | "stopped">("idle");
  const [progress, setProgress] = useState({ updated: 0, remaining: pending, total: pending });
  const [error, setError] = useState<string | null>(null);
  const stop = useRef(false);

  async function run() {
    stop.current = false;
    setError(null);
    setState("running");
    let updated = 0;
    let total = pending;
    for (;;) {
      const result = await sendJson<ReconcileResult>("POST", "/api/admin/reconcile/execution-log-identity", PER_CALL);
      if (!result.ok) {
        setError(result.message);
        setState("stopped");
        return;
      }
      updated += result.data.rows_updated;
      // Rows imported while it runs make the job bigger; keep the bar honest.
      total = Math.max(total, updated + result.data.remaining_unresolved);
      setProgress({ updated, remaining: result.data.remaining_unresolved, total });
      if (result.data.remaining_unresolved === 0 || result.data.batches === 0) break;
      if (stop.current) {
        setState("stopped");
        router.refresh();
        return;
      }
    }
    setState("done");
    router.refresh();
  }

  const percent = progress.total === 0 ? 100 : Math.round(((progress.total - progress.remaining) / progress.total) * 100);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        {state === "running" ? (
          <>
            <Button type="button" disabled>
              Backfilling…
            </Button>
            <Button type="button" variant="secondary" onClick={() => (stop.current = true)}>
              Stop
            </Button>
          </>
        ) : (
          <ConfirmButton
            label="Run backfill"
            question={`Copy user_id into user_id_str for the ${pending.toLocaleString("en-GB")} legacy rows still without it?`}
            disabled={pending === 0}
            onConfirm={() => void run()}
          />
        )}
        {pending === 0 && state !== "running" ? <p className="text-sm text-neutral-600">Nothing to backfill: every legacy row has its user_id_str.</p> : null}
      </div>
      {state !== "idle" ? (
        <div className="space-y-1">
          <div
            role="progressbar"
            aria-label="Backfill progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="h-3 overflow-hidden rounded-full bg-neutral-200"
          >
            <div className="h-full bg-green-600 transition-[width]" style={{ width: `${percent}%` }} />
          </div>
          <p role="status" className="text-sm text-neutral-700">
            {state === "done"
              ? `Backfill complete: ${progress.updated.toLocaleString("en-GB")} rows updated.`
              : state === "stopped"
                ? `Stopped with ${progress.remaining.toLocaleString("en-GB")} rows remaining (${progress.updated.toLocaleString("en-GB")} updated). Run it again to go on.`
                : `${percent}% · ${progress.remaining.toLocaleString("en-GB")} rows remaining · ${progress.updated.toLocaleString("en-GB")} updated`}
          </p>
        </div>
      ) : null}
      <FormAlert message={error} />
    </div>
  );
}
