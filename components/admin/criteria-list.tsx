// A verdict's criteria, each with the figure that decides it: ✓ met, ✗ not met (marks and words, not colour
// alone).
export interface Criterion {
  key: string;
  label: string;
  value: number;
  met: boolean;
}

export function CriteriaList({ criteria, className = "" }: { criteria: Criterion[]; className?: string }) {
  return (
    <ul className={`space-y-1.5 text-sm ${className}`}>
      {criteria.map((c) => (
        <li key={c.key} className="flex gap-2">
          <span aria-hidden="true" className={c.met ? "text-green-800" : "text-red-800"}>
            {c.met ? "✓" : "✗"}
          </span>
          <span>
            <span className="sr-only">{c.met ? "Met: " : "Not met: "}</span>
            {c.label} — <span className="font-semibold tabular-nums">{c.value.toLocaleString("en-GB")}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
