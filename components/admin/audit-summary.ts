// An audit entry's params or result in one short line (the full JSON is in GET /api/admin/audit-log).
export function auditSummary(value: unknown, max = 160): string {
  if (value === null || value === undefined) return "—";
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
