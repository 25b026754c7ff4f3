"use client";
// The last-resort error boundary for routes outside the signed-in shell (and for the shell's own layout).
import { ErrorPanel } from "@/components/ui/error-panel";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <ErrorPanel error={error} retry={retry} />
    </main>
  );
}
