// The newest entries of the audit trail: who ran which admin action, when, with what, and how it ended.
import type { AuditLogPage } from "@/lib/audit";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";

function summary(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export function AuditLogTable({ labelledBy, entries }: { labelledBy: string; entries: AuditLogPage["entries"] }) {
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
              <span
                className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
                  e.status === "succeeded" ? "bg-green-50 text-green-800 ring-green-200" : "bg-red-50 text-red-800 ring-red-200"
                }`}
              >
                {e.status === "succeeded" ? "✓ succeeded" : "✕ failed"}
              </span>
            </Td>
            <Td className="max-w-40 break-all text-xs">{e.actorUserId}</Td>
            <Td className="max-w-56 text-xs break-words">
              <code>{summary(e.params)}</code>
            </Td>
            <Td className="max-w-72 text-xs break-words">
              <code>{summary(e.result)}</code>
            </Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
