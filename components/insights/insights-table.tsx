// A tenant's platform insights, one row per platform label, as the last reconcile computed them.
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import { IsoTime } from "@/components/ui/utc-time";

export interface InsightView {
  platform: string;
  tasks: number;
  runs_7d: number;
  success_rate_7d: number | null;
  last_run_at: string | null;
  computed_at: string;
}

const NONE = <span className="text-neutral-500">—</span>;

export function formatRate(rate: number | null): string | null {
  return rate === null ? null : `${(rate * 100).toLocaleString("en-GB", { maximumFractionDigits: 1 })} %`;
}

export function InsightsTable({ labelledBy, insights }: { labelledBy: string; insights: InsightView[] }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        <tr>
          <Th>Platform</Th>
          <Th className="text-right">Tasks</Th>
          <Th className="text-right">Runs, last 7 days</Th>
          <Th className="text-right">Success rate, last 7 days</Th>
          <Th>Last run (UTC)</Th>
          <Th>Computed (UTC)</Th>
        </tr>
      </thead>
      <Tbody>
        {insights.map((i) => (
          <tr key={i.platform}>
            <Td className="font-medium">{i.platform}</Td>
            <Td className="text-right tabular-nums">{i.tasks.toLocaleString("en-GB")}</Td>
            <Td className="text-right tabular-nums">{i.runs_7d.toLocaleString("en-GB")}</Td>
            <Td className="text-right tabular-nums">{formatRate(i.success_rate_7d) ?? NONE}</Td>
            <Td>
              <IsoTime iso={i.last_run_at} />
            </Td>
            <Td>
              <IsoTime iso={i.computed_at} />
            </Td>
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
