// /logs/{id} — one run: its outcome (error, output, attempt), its timing and its record. Another tenant's run,
// or an unknown or malformed id, is a real 404 (checked before anything streams).
import type { Metadata } from "next";
import { cache } from "react";
import { RunDetails } from "@/components/logs/run-details";
import { RUN_STATUS_LABELS } from "@/components/logs/run-labels";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { formatUtc } from "@/components/ui/utc-time";
import { requireUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { loadOr404 } from "@/lib/http/page-not-found";
import { executionLogJson, getLog, logParams } from "@/lib/logs";

interface Props {
  params: Promise<{ executionId: string }>;
}

const loadRun = cache(async (executionId: string) => {
  const user = await requireUser();
  return executionLogJson(await loadOr404(logParams, { executionId }, (p) => getLog(getDb(), user.id, p.executionId)));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const run = await loadRun((await params).executionId);
  return { title: `Run of ${run.task?.title ?? "imported history"}` };
}

export default async function RunPage({ params }: Props) {
  const run = await loadRun((await params).executionId);
  return (
    <>
      <BackLink href="/logs">All runs</BackLink>
      <PageHeader
        title={`${run.task?.title ?? "Imported run"} — ${RUN_STATUS_LABELS[run.status].toLowerCase()}`}
        description={`Scheduled for ${formatUtc(new Date(run.scheduled_for))}.`}
      />
      <RunDetails run={run} />
    </>
  );
}
