// Turns the edit form's values into the body of PATCH /api/tasks/{id}: only the fields that differ from the task
// as the page showed it, so a save never overwrites what someone else changed in a field this user left alone.
// {} means nothing changed (the form says so instead of sending: the API refuses an empty patch). A cleared
// optional field is sent as null; a cleared cron clears the whole schedule.
import type { TaskJson } from "@/lib/tasks";
import { numberOrRaw, scheduleOf } from "./task-form-body";
import { taskFormValuesOf, type TaskFormValues } from "./task-form-values";

const CLEARABLE = ["description", "external_id", "platform", "milestone_id"] as const;

/** How the form reads a stored text, so a value saved with stray spaces or CRLFs doesn't look edited. */
function asTyped(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

export function taskPatchBody(values: TaskFormValues, task: TaskJson): Record<string, unknown> {
  const before = taskFormValuesOf(task);
  const patch: Record<string, unknown> = {};

  if (values.title.trim() !== before.title) patch.title = values.title;
  for (const name of CLEARABLE) {
    if (values[name] !== asTyped(before[name])) patch[name] = values[name] === "" ? null : values[name];
  }
  if (values.status !== before.status) patch.status = values.status;
  const priority = numberOrRaw(values.priority_score);
  if (priority !== task.priority_score) patch.priority_score = priority;

  const schedule = scheduleOf(values);
  const current = task.schedule;
  if (!schedule) {
    if (current) patch.schedule = null;
  } else if (!current || schedule.cron !== current.cron || schedule.timezone !== current.timezone || schedule.misfire_policy !== current.misfire_policy) {
    patch.schedule = schedule;
  }

  const handler = handlerPatch(values, task, before);
  if (handler) patch.handler = handler;
  return patch;
}

/**
 * The handler to send, or null to leave it alone. The API replaces a handler whole, so an http handler is sent
 * with the task's other settings (headers exactly as shown, body): a header value shown as "[redacted]" and sent
 * back keeps the stored secret. Untouched, the handler is not sent at all.
 */
function handlerPatch(values: TaskFormValues, task: TaskJson, before: TaskFormValues): Record<string, unknown> | null {
  const kindChanged = values.handler_kind !== before.handler_kind;
  if (values.handler_kind !== "http") return kindChanged ? { kind: values.handler_kind } : null;
  const method = values.handler_method || "POST";
  if (!kindChanged && values.handler_url === before.handler_url && method === before.handler_method) return null;
  const { url: _url, method: _method, ...kept } = task.handler.kind === "http" ? task.handler.config : {};
  return { kind: "http", config: { ...kept, url: values.handler_url, method } };
}
