"use client";
// "Link legacy weeks": POST /api/admin/reconcile/report-execution-links (audited, idempotent), then the figures
// refresh. Says how many weeks were linked and why the others were not.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { sendJson } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";

interface LinkResult {
  linked: number;
  unresolved: number;
  unresolved_ambiguous: number;
  unresolved_no_execution: number;
}

export function LinkReportWeeks({ unlinked }: { unlinked: number }) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [result, setResult] = useState<LinkResult | null>(null);

  async function press() {
    const answer = await run(() => sendJson<LinkResult>("POST", "/api/admin/reconcile/report-execution-links"));
    if (!answer) return;
    setResult(answer.data);
    router.refresh();
  }

  return (
    <div className="space-y-2 rounded-lg border border-neutral-200 bg-white p-4 shadow-xs">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={() => void press()} disabled={pending}>
          {pending ? "Linking…" : "Link legacy weeks"}
        </Button>
        {unlinked === 0 && !result ? <p className="text-sm text-neutral-600">Nothing to link: every week has its execution.</p> : null}
      </div>
      {result ? (
        <p role="status" className="text-sm">
          Linked <span className="font-semibold tabular-nums">{result.linked}</span> week{result.linked === 1 ? "" : "s"}.{" "}
          {result.unresolved === 0
            ? "None left unresolved."
            : `${result.unresolved} left unlinked: ${result.unresolved_ambiguous} covered by more than one execution, ${result.unresolved_no_execution} by none.`}
        </p>
      ) : null}
      <FormAlert message={failure?.message ?? null} />
    </div>
  );
}
