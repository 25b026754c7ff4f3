"use client";
// The audit log page's interactive part: the action and actor filters, the table and the pager, all in the
// URL (nuqs), so a copied link opens the same view. Each change re-renders the server page in a transition
// that keeps the current rows on screen (dimmed, aria-busy) until the new ones arrive.
import { useQueryStates } from "nuqs";
import { useTransition, type ReactNode } from "react";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { ServerTable, useServerTable, type ServerView } from "@/components/ui/server-table";
import { auditColumns, type AuditEntryView } from "./audit-columns";
import { auditLogParsers } from "./audit-log-params";

export function AuditLogView({
  entries,
  totalCount,
  view,
  actions,
  actors,
  empty,
}: {
  entries: AuditEntryView[];
  totalCount: number;
  view: ServerView;
  actions: readonly string[];
  actors: SelectOption[];
  empty: ReactNode;
}) {
  const [isPending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(auditLogParsers, { shallow: false, history: "push", startTransition });
  const table = useServerTable({ columns: auditColumns, data: entries, totalCount, view, setParams });

  return (
    <div className="space-y-3">
      <div role="search" aria-label="Filter the audit log" className="grid gap-3 sm:grid-cols-2 lg:max-w-3xl">
        <SelectField
          id="audit-action"
          label="Action"
          value={params.action ?? ""}
          onChange={(event) => void setParams({ action: event.target.value || null, page: null })}
          options={[{ value: "", label: "Every action" }, ...actions.map((a) => ({ value: a, label: a }))]}
        />
        <SelectField
          id="audit-actor"
          label="Administrator"
          value={params.actor_user_id ?? ""}
          onChange={(event) => void setParams({ actor_user_id: event.target.value || null, page: null })}
          options={[{ value: "", label: "Everyone" }, ...actors]}
        />
      </div>
      <ServerTable table={table} view={view} totalCount={totalCount} isPending={isPending} noun={["entry", "entries"]} labelledBy="audit-entries-title" empty={empty} />
    </div>
  );
}
