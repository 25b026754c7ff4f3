// What the UI calls the API's enum values (status, misfire policy, handler kind, duplicate strategy). Typed
// against the domain's own types, so a value added there fails the build here until it has a label; only types
// are imported, so client components can use this without pulling server code into the browser.
import type { DuplicateStrategy, TaskJson } from "@/lib/tasks";

export type TaskStatus = TaskJson["status"];
export type MisfirePolicy = NonNullable<TaskJson["schedule"]>["misfire_policy"];
export type HandlerKind = TaskJson["handler"]["kind"];

export const STATUS_LABELS = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  archived: "Archived",
} as const satisfies Record<TaskStatus, string>;

export const MISFIRE_POLICY_LABELS = {
  run_once: "Run once",
  skip: "Skip them",
  run_all: "Run each one",
} as const satisfies Record<MisfirePolicy, string>;

export const HANDLER_KIND_LABELS = {
  noop: "Do nothing (noop)",
  http: "Call a URL (http)",
  report_collection: "Collect a report",
} as const satisfies Record<HandlerKind, string>;

export const DUPLICATE_STRATEGY_LABELS = {
  external_id: { label: "By external ID", explanation: "A line whose external_id the project already has is kept as existing; lines without one are always created." },
  title: { label: "By title", explanation: "A line whose title (ignoring case) matches a task in the project is kept as existing." },
  title_and_milestone: { label: "By title and milestone", explanation: "Like “by title”, but only a task in the same milestone (the line's milestone column or key) counts as a match." },
  none: { label: "Always create", explanation: "Every line becomes a new task, except that an external_id already in use still counts as existing." },
} as const satisfies Record<DuplicateStrategy, { label: string; explanation: string }>;

export function labelOptions<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** The methods an http handler may use (the API's enum; POST is its default). */
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
