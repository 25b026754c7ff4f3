// An audit entry's outcome: the mark and the word carry it, not the colour alone.
export function AuditStatusBadge({ status }: { status: "succeeded" | "failed" }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${
        status === "succeeded" ? "bg-green-50 text-green-800 ring-green-200" : "bg-red-50 text-red-800 ring-red-200"
      }`}
    >
      {status === "succeeded" ? "✓ succeeded" : "✕ failed"}
    </span>
  );
}
