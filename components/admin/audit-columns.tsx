// The audit log page's columns (TanStack Table v9). One order only (newest first), so no column sorts.
import { createColumnHelper } from "@tanstack/react-table";
import { sortableTableFeatures } from "@/components/ui/sortable-table";
import { IsoTime } from "@/components/ui/utc-time";
import { AuditStatusBadge } from "./audit-status-badge";
import { auditSummary } from "./audit-summary";

/** An audit entry as the page hands it to the browser (the API's JSON, with a string id for the table). */
export interface AuditEntryView {
  id: string;
  created_at: string;
  action: string;
  status: "succeeded" | "failed";
  actor_user_id: string;
  actor_email: string | null;
  params: unknown;
  result: unknown;
}

const helper = createColumnHelper<typeof sortableTableFeatures, AuditEntryView>();

export const auditColumns = helper.columns([
  helper.accessor("created_at", { header: "When (UTC)", enableSorting: false, cell: (info) => <IsoTime iso={info.getValue()} /> }),
  helper.accessor("action", {
    header: "Action",
    enableSorting: false,
    meta: { cellClassName: "whitespace-nowrap" },
    cell: (info) => <code>{info.getValue()}</code>,
  }),
  helper.accessor("status", { header: "Status", enableSorting: false, cell: (info) => <AuditStatusBadge status={info.getValue()} /> }),
  helper.display({
    id: "actor",
    header: "Actor",
    enableSorting: false,
    meta: { cellClassName: "max-w-48 text-xs break-all" },
    cell: ({ row }) => (
      <>
        {row.original.actor_email ?? <span className="text-neutral-500">deleted account</span>}
        <span className="block text-neutral-500">{row.original.actor_user_id}</span>
      </>
    ),
  }),
  helper.accessor("params", {
    header: "Parameters",
    enableSorting: false,
    meta: { cellClassName: "max-w-56 text-xs break-words" },
    cell: (info) => <code>{auditSummary(info.getValue())}</code>,
  }),
  helper.accessor("result", {
    header: "Result or error",
    enableSorting: false,
    meta: { cellClassName: "max-w-80 text-xs break-words" },
    cell: (info) => <code>{auditSummary(info.getValue(), 300)}</code>,
  }),
]);
