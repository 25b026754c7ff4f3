// The audit log has one order, newest first. The shared server-table state carries a sort all the same; this
// is its value, for the server page and the browser's URL parsers alike (no nuqs or zod imported here).
export const AUDIT_SORT = "-created_at";
