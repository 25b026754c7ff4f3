// The console's first answer: may this instance's data migrations be signed off? GO only when every step's
// criteria are met; each step lists its criteria with the figure that decides it. Marks (✓/✗) and words carry
// the verdict, not colour alone.
import type { StepVerdict } from "@/lib/admin";
import { CriteriaList } from "./criteria-list";

export function MigrationVerdict({ verdict }: { verdict: { go: boolean; steps: StepVerdict[] } }) {
  return (
    <section
      aria-labelledby="migration-verdict-title"
      className={`rounded-lg border p-4 shadow-xs ${verdict.go ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}
    >
      <h3 id="migration-verdict-title" className={`text-xl font-semibold ${verdict.go ? "text-green-900" : "text-red-900"}`}>
        Migrations: {verdict.go ? "✓ GO" : "✗ NO-GO"}
      </h3>
      <p className="text-sm">
        {verdict.go
          ? "Both data migrations are complete: every run has its canonical tenant id and every report week names its execution."
          : "Not yet: a step below has an unmet criterion. Its reconcile below, or the figures further down, say what to do."}
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        {verdict.steps.map((s) => (
          <div key={s.step} role="group" aria-label={s.step} className="rounded-md border border-neutral-200 bg-white px-3 py-2">
            <p className="text-sm font-semibold">
              {s.go ? "✓ GO" : "✗ NO-GO"} <span className="font-normal">· {s.step}</span>
            </p>
            <CriteriaList criteria={s.criteria} className="mt-1" />
          </div>
        ))}
      </div>
    </section>
  );
}
