"use client";
// One reconcile of the admin console: confirm, POST it (a progress indicator while it runs), show its answer
// figure by figure, then refresh the page so that the card's audit entries and the report show the change.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { sendJson } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { ConfirmButton } from "./confirm-button";

export interface ResultFigure {
  key: string;
  label: string;
}

export function ReconcileButton({
  endpoint,
  label,
  question,
  figures,
}: {
  endpoint: string;
  label: string;
  question: string;
  /** The answer's keys to show, in order, with what each means. */
  figures: ResultFigure[];
}) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [result, setResult] = useState<Record<string, unknown> | null>(null);

  async function start() {
    setResult(null);
    const answer = await run(() => sendJson<Record<string, unknown>>("POST", endpoint));
    if (!answer) return;
    setResult(answer.data);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <ConfirmButton label={label} question={question} disabled={pending} onConfirm={() => void start()} />
      {pending ? (
        <div className="flex items-center gap-2 text-sm text-neutral-700">
          <span
            role="progressbar"
            aria-label={`${label}: running`}
            aria-valuetext="Running"
            className="inline-block size-4 animate-spin rounded-full border-2 border-neutral-300 border-t-neutral-900"
          />
          <span>Running…</span>
        </div>
      ) : null}
      {result ? (
        <div role="status" aria-label={`${label}: result`} className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm">
          <p className="font-medium text-green-900">Done.</p>
          <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-4 gap-y-0.5">
            {figures.map((f) => (
              <div key={f.key} className="contents">
                <dt className="text-neutral-700">{f.label}</dt>
                <dd className="text-right font-semibold tabular-nums" data-result={f.key}>
                  {typeof result[f.key] === "number" ? (result[f.key] as number).toLocaleString("en-GB") : String(result[f.key] ?? "—")}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <FormAlert message={failure ? `${label} failed: ${failure.message}` : null} />
    </div>
  );
}
