"use client";
// "Run": POST /api/reports/collections/{id}/run, then follow the workflow execution it answers with
// (GET /api/reports/workflow-executions/{id}, once a second) until it has finished, showing how many weeks are
// done. A page opened while an execution is live follows that one at once. When it ends, the page refreshes to
// show the weeks as they now are.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { NETWORK_ERROR, sendJson } from "@/components/ui/json-api";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import type { WorkflowExecutionJson } from "@/lib/reports";
import { isLive, progressText, WORKFLOW_STATUS_LABELS } from "./report-labels";

const POLL_MS = 1_000;

export function RunCollectionButton({ collectionId, live }: { collectionId: string; live: WorkflowExecutionJson | null }) {
  const router = useRouter();
  const { pending, failure, run } = useApiMutation();
  const [execution, setExecution] = useState<WorkflowExecutionJson | null>(live);
  const [pollError, setPollError] = useState<string | null>(null);
  const following = execution !== null && isLive(execution.status);

  useEffect(() => {
    if (!following) return;
    let cancelled = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/reports/workflow-executions/${execution.id}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`The execution could not be read (HTTP ${response.status}).`);
        const body = (await response.json()) as { workflow_execution: WorkflowExecutionJson };
        if (cancelled) return;
        setPollError(null);
        setExecution(body.workflow_execution);
        if (!isLive(body.workflow_execution.status)) router.refresh();
      } catch (error) {
        if (!cancelled) setPollError(error instanceof TypeError ? NETWORK_ERROR : String((error as Error).message));
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [following, execution?.id, router]);

  async function press() {
    const result = await run(() => sendJson<{ workflow_execution: WorkflowExecutionJson }>("POST", `/api/reports/collections/${collectionId}/run`));
    if (result) setExecution(result.data.workflow_execution);
  }

  const planned = execution?.weeks_planned ?? 0;
  const done = execution ? execution.weeks_completed + execution.weeks_failed : 0;

  return (
    <div className="space-y-2">
      <Button type="button" disabled={pending || following} onClick={() => void press()}>
        {pending ? "Starting…" : following ? "Running…" : "Run"}
      </Button>
      <div className="space-y-1 text-sm" role="status" aria-live="polite">
        {execution ? (
          <>
            <p>
              <span className="font-medium">{following ? "Collecting" : WORKFLOW_STATUS_LABELS[execution.status]}</span>
              {": "}
              {progressText(execution)}.{" "}
              <Link href={`/reports/executions/${execution.id}`} className="font-medium text-blue-700 underline underline-offset-2">
                Open the execution
              </Link>
            </p>
            {following && planned > 0 ? (
              <progress max={planned} value={done} className="h-2 w-full max-w-sm" aria-label="Weeks collected">
                {done} of {planned}
              </progress>
            ) : null}
            {!following && execution.error ? <p className="text-red-800">{execution.error}</p> : null}
          </>
        ) : (
          <p className="text-neutral-600">Collects every week of the range that has begun, from your runs. Each week is linked to this run.</p>
        )}
      </div>
      <FormAlert message={failure?.message ?? pollError} />
    </div>
  );
}
