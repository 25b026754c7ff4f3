// Turns the task form's values into the API's create body. Empty optional fields are left out (the API's
// defaults apply); values that don't parse are sent as typed, so the API's own message explains the problem.
import type { TaskFormValues } from "./task-form-values";

/** The API error paths the task forms show next to a field; any other path goes to the form's alert. */
export const TASK_FORM_FIELDS = [
  "title",
  "description",
  "external_id",
  "platform",
  "status",
  "priority_score",
  "milestone_id",
  "schedule.cron",
  "schedule.timezone",
  "schedule.misfire_policy",
  "handler.config.url",
  "handler.config.method",
] as const;

export type TaskFormField = (typeof TASK_FORM_FIELDS)[number];

/** A whole number stays a number; anything else is sent as typed for the API to reject with its message. */
export function numberOrRaw(value: string): number | string {
  return /^[+-]?\d+$/.test(value) ? Number(value) : value;
}

export interface ScheduleBody {
  cron: string;
  timezone: string;
  misfire_policy: string;
}

/** The schedule the form describes; null when the cron is empty (timezone and missed runs mean nothing then). */
export function scheduleOf(values: TaskFormValues): ScheduleBody | null {
  if (!values.cron) return null;
  return { cron: values.cron, timezone: values.timezone || "UTC", misfire_policy: values.misfire_policy || "run_once" };
}

export function taskCreateBody(values: TaskFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { title: values.title };
  for (const name of ["description", "external_id", "platform", "status", "milestone_id"] as const) {
    if (values[name]) body[name] = values[name];
  }
  if (values.priority_score) body.priority_score = numberOrRaw(values.priority_score);
  const schedule = scheduleOf(values);
  if (schedule) body.schedule = schedule;
  if (values.handler_kind === "http") {
    body.handler = { kind: "http", config: { url: values.handler_url, method: values.handler_method || "POST" } };
  }
  return body;
}
