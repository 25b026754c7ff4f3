// Finished runs per hour over the last 24 hours, as stacked bars (succeeded, failed, timed out). Server-rendered
// SVG; the same figures are in a table inside <details> for screen readers and anyone who wants numbers.
import type { HourlyOutcomes } from "@/lib/scheduler";

const SERIES = [
  { key: "succeeded", label: "Succeeded", colour: "#16a34a" },
  { key: "failed", label: "Failed", colour: "#dc2626" },
  { key: "timedOut", label: "Timed out", colour: "#d97706" },
] as const;

const hourLabel = (d: Date) => `${d.toISOString().slice(11, 13)}:00`;

export function OutcomesChart({ hours }: { hours: HourlyOutcomes[] }) {
  const max = Math.max(1, ...hours.map((h) => h.succeeded + h.failed + h.timedOut));
  const total = hours.reduce((sum, h) => sum + h.succeeded + h.failed + h.timedOut, 0);
  const width = 24 * 20;
  const height = 120;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} ${height + 16}`} role="img" aria-label={`Finished runs per hour, last 24 hours (UTC): ${total} in all.`} className="h-40 w-full">
        {hours.map((h, i) => {
          let y = height;
          return (
            <g key={h.hour.toISOString()}>
              {SERIES.map((s) => {
                const value = h[s.key];
                const barHeight = (value / max) * height;
                y -= barHeight;
                return value ? <rect key={s.key} x={i * 20 + 2} y={y} width={16} height={barHeight} fill={s.colour} /> : null;
              })}
              {i % 6 === 0 ? (
                <text x={i * 20 + 10} y={height + 13} textAnchor="middle" fontSize="10" fill="#525252">
                  {hourLabel(h.hour)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-xs text-neutral-600">
        {SERIES.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: s.colour }} />
            {s.label}
          </span>
        ))}
        <span>Hours in UTC; tallest bar = {max.toLocaleString("en-GB")} runs.</span>
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-neutral-700">The figures as a table</summary>
        <table className="mt-2 text-left text-xs tabular-nums">
          <thead>
            <tr>
              <th className="pr-4">Hour (UTC)</th>
              {SERIES.map((s) => (
                <th key={s.key} className="pr-4">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {hours.map((h) => (
              <tr key={h.hour.toISOString()}>
                <td className="pr-4">{hourLabel(h.hour)}</td>
                <td className="pr-4">{h.succeeded}</td>
                <td className="pr-4">{h.failed}</td>
                <td className="pr-4">{h.timedOut}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
