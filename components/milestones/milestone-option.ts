// A milestone as the browser needs it: its id and title, nothing else. Server pages turn the rows they read into
// these before handing them to client forms and tables, so only plain strings cross to the client.
import type { MilestoneRow } from "@/lib/projects";

export type MilestoneOption = Pick<MilestoneRow, "id" | "title">;

export function milestoneOptions(rows: readonly MilestoneRow[]): MilestoneOption[] {
  return rows.map(({ id, title }) => ({ id, title }));
}
