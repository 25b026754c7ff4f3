// Entries of the audit trail: who ran which admin action, when, with what, and how it ended.
import type { AuditEntryRow } from "@/lib/audit";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";
import { AuditStatusBadge } from "./audit-status-badge";
import { auditSummary } from "./audit-summary";

export function AuditLogTable({ labelledBy, entries }: { labelledBy: string; entries: AuditEntryRow[] }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        <tr>
          <Th>When</Th>
          <Th>Action</Th>
          <Th>Status</Th>
          <Th>Actor</Th>
          <Th>Parameters</Th>
          <Th>Result</Th>
        </tr>
      </thead>
      <Tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <Td>
              <UtcTime date={e.createdAt} />
            </Td>
            <Td className="whitespace-nowrap">
              <code>{e.action}</code>
            </Td>
            <Td>
              <AuditStatusBadge status={e.status} />
            </Td>
            <Td className="max-w-48 text-xs break-all">
              {e.actorEmail ?? <span className="text-neutral-500">deleted account</span>}
              <span className="block text-neutral-500">{e.actorUserId}</span>
            </Td>
            <Td className="max-w-56 text-xs break-words">
              <code>{auditSummary(e.params)}</code>
            </Td>
            <Td className="max-w-72 text-xs break-words">
              <code>{auditSummary(e.result)}</code>
            </Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
