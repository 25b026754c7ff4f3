// The edit form's PATCH body: only what changed, null for a cleared field, schedule null for a cleared cron, and
// the handler only when its kind, URL or method changed — then with the task's headers exactly as shown.
import { describe, expect, it } from "vitest";
import type { TaskJson } from "@/lib/tasks";
import { taskFormValuesOf, type TaskFormValues } from "./task-form-values";
import { taskPatchBody } from "./task-patch-body";

const TASK: TaskJson = {
  id: "00000000-0000-4000-8000-0000000000aa",
  project_id: "00000000-0000-4000-8000-0000000000bb",
  milestone_id: "00000000-0000-4000-8000-0000000000cc",
  user_id: "user-1",
  title: "Ping the status page",
  description: "Line one\nline two",
  status: "open",
  priority_score: 3,
  external_id: "ping-1",
  platform: "internal",
  schedule: { cron: "*/5 * * * *", timezone: "Europe/Berlin", misfire_policy: "skip" },
  enabled: true,
  next_run_at: null,
  handler: { kind: "http", config: { url: "https://status.example.com/ping", method: "GET", headers: { Authorization: "[redacted]", "X-Env": "prod" }, body: "{}" } },
  timeout_seconds: 60,
  max_attempts: 3,
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
};

/** The form as it opens on TASK, with some fields edited. */
function edited(changes: Partial<TaskFormValues>, task: TaskJson = TASK): TaskFormValues {
  return { ...taskFormValuesOf(task), ...changes };
}

describe("the edit form's patch body", () => {
  it("is empty when nothing changed, even with CRLF line breaks or stray spaces in what was typed", () => {
    expect(taskPatchBody(edited({}), TASK)).toEqual({});
    expect(taskPatchBody(edited({ title: "  Ping the status page " }), TASK)).toEqual({});
    expect(taskPatchBody(edited({ priority_score: "03" }), TASK)).toEqual({});
    const crlf = { ...TASK, description: "Line one\r\nline two " };
    expect(taskPatchBody(edited({ description: "Line one\nline two" }, crlf), crlf)).toEqual({});
  });

  it("sends only the changed fields, and null for a cleared optional one", () => {
    expect(taskPatchBody(edited({ title: "Ping it", status: "done", priority_score: "7" }), TASK)).toEqual({ title: "Ping it", status: "done", priority_score: 7 });
    expect(taskPatchBody(edited({ external_id: "", platform: "", description: "", milestone_id: "" }), TASK)).toEqual({
      external_id: null,
      platform: null,
      description: null,
      milestone_id: null,
    });
    // A value that isn't a whole number goes as typed, so the API's message explains it next to the field.
    expect(taskPatchBody(edited({ priority_score: "high" }), TASK)).toEqual({ priority_score: "high" });
  });

  it("sends the whole schedule when any part of it changed, and schedule: null when the cron is cleared", () => {
    expect(taskPatchBody(edited({ cron: "0 9 * * 1-5" }), TASK)).toEqual({ schedule: { cron: "0 9 * * 1-5", timezone: "Europe/Berlin", misfire_policy: "skip" } });
    expect(taskPatchBody(edited({ misfire_policy: "run_all" }), TASK)).toEqual({ schedule: { cron: "*/5 * * * *", timezone: "Europe/Berlin", misfire_policy: "run_all" } });
    expect(taskPatchBody(edited({ cron: "" }), TASK)).toEqual({ schedule: null });
    const unscheduled = { ...TASK, schedule: null };
    expect(taskPatchBody(edited({ timezone: "Asia/Tokyo" }, unscheduled), unscheduled)).toEqual({});
  });

  it("leaves the handler out unless its kind, URL or method changed, and then keeps the headers as shown", () => {
    expect(taskPatchBody(edited({ title: "Other" }), TASK)).not.toHaveProperty("handler");
    expect(taskPatchBody(edited({ handler_url: "https://status.example.com/v2" }), TASK)).toEqual({
      handler: {
        kind: "http",
        config: { url: "https://status.example.com/v2", method: "GET", headers: { Authorization: "[redacted]", "X-Env": "prod" }, body: "{}" },
      },
    });
    expect(taskPatchBody(edited({ handler_kind: "noop", handler_url: "", handler_method: "" }), TASK)).toEqual({ handler: { kind: "noop" } });
    const noop = { ...TASK, handler: { kind: "noop" as const, config: {} } };
    expect(taskPatchBody(edited({ handler_kind: "http", handler_url: "https://example.com/hook", handler_method: "POST" }, noop), noop)).toEqual({
      handler: { kind: "http", config: { url: "https://example.com/hook", method: "POST" } },
    });
  });
});
