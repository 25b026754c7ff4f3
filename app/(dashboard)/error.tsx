"use client";
// Error boundary for signed-in pages: the header and nav stay, the page area offers a retry.
import { ErrorPanel } from "@/components/ui/error-panel";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} />;
}
