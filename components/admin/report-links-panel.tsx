// The execution_id verification of report weeks (seed 002), as scripts/sql/report_data_weeks_execution_id_verification.sql
// computes it: the column and its foreign key, population overall and per day of the last week, dangling ids —
// and what the weeks without an execution are, so that a figure under 100 % explains itself.
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import type { DailyPopulation, ExecutionIdSchemaCheck, WeekPopulation } from "@/lib/reports";

const percent = (value: number | null) => (value === null ? "—" : `${value.toLocaleString("en-GB", { maximumFractionDigits: 2 })} %`);

export function ReportLinksPanel({ population, byDay, schema }: { population: WeekPopulation; byDay: DailyPopulation[]; schema: ExecutionIdSchemaCheck | null }) {
  const unlinked = population.total_weeks - population.weeks_with_execution_id;
  const schemaOk = schema?.data_type === "uuid" && schema.is_nullable === "YES" && schema.on_delete === "SET NULL" && schema.validated === true;
  const figures: { key: keyof WeekPopulation; label: string; value: string; help: string }[] = [
    { key: "total_weeks", label: "Weeks", value: population.total_weeks.toLocaleString("en-GB"), help: "Every row of report_data_weeks." },
    {
      key: "weeks_with_execution_id",
      label: "Linked to their execution",
      value: population.weeks_with_execution_id.toLocaleString("en-GB"),
      help: "Weeks whose execution_id names the workflow execution that wrote their data. Every week written since execution tracking is.",
    },
    { key: "population_percentage", label: "Population", value: percent(population.population_percentage), help: "Linked weeks as a share of all weeks." },
    {
      key: "dangling_execution_ids",
      label: "Dangling execution ids",
      value: population.dangling_execution_ids.toLocaleString("en-GB"),
      help: "execution_id values that name no execution. The foreign key keeps new ones from appearing; deleting an execution unlinks its weeks instead.",
    },
  ];

  return (
    <div className="grid items-start gap-4 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <dl aria-label="Report week figures" className="divide-y divide-neutral-100 rounded-lg border border-neutral-200 bg-white text-sm shadow-xs">
          {figures.map(({ key, label, value, help }) => (
            <div key={key} className="grid grid-cols-[1fr_auto] gap-x-4 px-4 py-2.5">
              <dt className="font-medium text-neutral-800">{label}</dt>
              <dd className="text-right font-semibold tabular-nums" data-figure={`weeks.${key}`}>
                {value}
              </dd>
              <dd className="col-span-2 text-xs text-neutral-600">{help}</dd>
            </div>
          ))}
        </dl>
        <div className="space-y-2">
          <h3 id="weeks-by-day-title" className="text-sm font-semibold">
            Weeks written per day, last 7 days (UTC)
          </h3>
          {byDay.length === 0 ? (
            <p className="text-sm text-neutral-600">No week was written in the last 7 days.</p>
          ) : (
            <Table labelledBy="weeks-by-day-title">
              <thead>
                <tr>
                  <Th>Day</Th>
                  <Th className="text-right">Weeks written</Th>
                  <Th className="text-right">Linked</Th>
                  <Th className="text-right">Population</Th>
                </tr>
              </thead>
              <Tbody>
                {byDay.map((d) => (
                  <tr key={d.written_on}>
                    <Td className="tabular-nums">{d.written_on}</Td>
                    <Td className="text-right tabular-nums">{d.total_weeks}</Td>
                    <Td className="text-right tabular-nums">{d.weeks_with_execution_id}</Td>
                    <Td className="text-right tabular-nums">{percent(d.population_percentage)}</Td>
                  </tr>
                ))}
              </Tbody>
            </Table>
          )}
        </div>
      </div>
      <section aria-labelledby="weeks-explained-title" className="space-y-3 rounded-lg border border-neutral-200 bg-white p-4 text-sm shadow-xs">
        <h3 id="weeks-explained-title" className="font-semibold">
          What the figures say
        </h3>
        <p>
          <span aria-hidden="true" className={schemaOk ? "text-green-800" : "text-red-800"}>
            {schemaOk ? "✓ " : "✗ "}
          </span>
          {schema
            ? `execution_id is ${schema.data_type}, ${schema.is_nullable === "YES" ? "nullable" : "not nullable"}; foreign key ${schema.foreign_key ?? "missing"}${
                schema.foreign_key ? ` → ${schema.references_table}, ON DELETE ${schema.on_delete}, ${schema.validated ? "validated" : "not validated yet"}` : ""
              }.`
            : "report_data_weeks.execution_id is missing: the migrations have not run."}
        </p>
        {unlinked === 0 ? (
          <p>Every week is linked to the workflow execution that wrote it.</p>
        ) : (
          <p>
            <span className="font-semibold tabular-nums">{unlinked.toLocaleString("en-GB")}</span> week{unlinked === 1 ? " has" : "s have"} no execution_id:
            written before execution tracking, or their execution was deleted. “Link legacy weeks” links each one that exactly one execution of its collection
            covers (the week in its range, written while it ran); the rest stay unlinked — nothing records who wrote them — until their collection runs again.
          </p>
        )}
      </section>
    </div>
  );
}
