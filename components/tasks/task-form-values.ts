// What a task form holds, as the text in its fields: read from a submitted form, or filled in from an existing
// task for the edit form. Both the create body and the patch body start from this one shape, so the two forms
// read every field the same way.
import type { TaskJson } from "@/lib/tasks";

export interface TaskFormValues {
  /** As typed: the API trims it and names an empty one ("Give the task a title."). */
  title: string;
  description: string;
  external_id: string;
  platform: string;
  status: string;
  priority_score: string;
  /** "" for no milestone. */
  milestone_id: string;
  /** "" for no schedule. */
  cron: string;
  timezone: string;
  misfire_policy: string;
  handler_kind: string;
  handler_url: string;
  handler_method: string;
}

/** The new-task form's starting values: the API's defaults, shown so nobody has to guess them. */
export const NEW_TASK_VALUES: TaskFormValues = {
  title: "",
  description: "",
  external_id: "",
  platform: "",
  status: "open",
  priority_score: "0",
  milestone_id: "",
  cron: "",
  timezone: "UTC",
  misfire_policy: "run_once",
  handler_kind: "noop",
  handler_url: "",
  handler_method: "POST",
};

function text(form: FormData, name: keyof TaskFormValues): string {
  return String(form.get(name) ?? "").trim();
}

/** The submitted form's values. Fields the form did not render (URL and method without an http handler) read as "". */
export function readTaskForm(form: FormData): TaskFormValues {
  return {
    title: String(form.get("title") ?? ""),
    // Line breaks as the API stores them, so an untouched description never reads as changed.
    description: text(form, "description").replace(/\r\n?/g, "\n"),
    external_id: text(form, "external_id"),
    platform: text(form, "platform"),
    status: text(form, "status"),
    priority_score: text(form, "priority_score"),
    milestone_id: text(form, "milestone_id"),
    cron: text(form, "cron"),
    timezone: text(form, "timezone"),
    misfire_policy: text(form, "misfire_policy"),
    handler_kind: text(form, "handler_kind"),
    handler_url: text(form, "handler_url"),
    handler_method: text(form, "handler_method"),
  };
}

/** The edit form's starting values: the task as it is now. */
export function taskFormValuesOf(task: TaskJson): TaskFormValues {
  const config = task.handler.config;
  return {
    title: task.title,
    description: task.description ?? "",
    external_id: task.external_id ?? "",
    platform: task.platform ?? "",
    status: task.status,
    priority_score: String(task.priority_score),
    milestone_id: task.milestone_id ?? "",
    cron: task.schedule?.cron ?? "",
    timezone: task.schedule?.timezone ?? "UTC",
    misfire_policy: task.schedule?.misfire_policy ?? "run_once",
    handler_kind: task.handler.kind,
    handler_url: typeof config.url === "string" ? config.url : "",
    handler_method: typeof config.method === "string" ? config.method : "POST",
  };
}
