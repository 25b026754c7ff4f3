// The "Projects and tasks" contract of API.md as seen from outside, on the built app: status codes,
// headers and JSON keys, idempotent replays (also 50 at once), bulk limits and errors, validation.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tasks } from "@/drizzle";
import { connect, type Database } from "@/lib/db/connect";
import { baseUrl, call, signUp, type Caller } from "./http-client";

const TASK_KEYS = [
  "id", "project_id", "milestone_id", "user_id", "title", "description", "status", "priority_score", "external_id",
  "platform", "schedule", "enabled", "next_run_at", "handler", "timeout_seconds", "max_attempts", "created_at", "updated_at",
].sort();

let database: Database;
let alice: Caller;
let projectId: string;

beforeAll(async () => {
  database = connect(inject("appDatabaseUrl"), { driver: "pg", max: 2 });
  alice = await signUp(database.db, "contract-alice@example.com");
  const response = await call(alice, "POST", "/api/projects", { name: "Contract" });
  expect(response.status).toBe(201);
  const body = await response.json();
  expect(Object.keys(body.project).sort()).toEqual(["created_at", "id", "name", "task_count", "updated_at"]);
  projectId = body.project.id;
});
afterAll(() => database?.close());

const tasksIn = async (externalId: string) =>
  ((await database.db.select({ n: count() }).from(tasks).where(eq(tasks.externalId, externalId))) as [{ n: number }])[0].n;

describe("POST /api/projects/{projectId}/tasks", () => {
  it("201 with the Task JSON keys; a replay is 200 with Idempotent-Replay: true and the same, unchanged task", async () => {
    const created = await call(alice, "POST", `/api/projects/${projectId}/tasks`, {
      title: "Nightly export",
      external_id: "wf-1:export:0",
      schedule: { cron: "30 2 * * *", timezone: "America/New_York" },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("idempotent-replay")).toBeNull();
    const { task } = await created.json();
    expect(Object.keys(task).sort()).toEqual(TASK_KEYS);
    expect(task).toMatchObject({
      status: "open",
      enabled: true,
      handler: { kind: "noop", config: {} },
      schedule: { cron: "30 2 * * *", timezone: "America/New_York", misfire_policy: "run_once" },
      timeout_seconds: 60,
      max_attempts: 3,
    });
    expect(task.next_run_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const replay = await call(alice, "POST", `/api/projects/${projectId}/tasks`, { title: "Changed", external_id: "wf-1:export:0" });
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replay")).toBe("true");
    expect((await replay.json()).task).toEqual(task);
  });

  it("50 concurrent identical creates: one 201, 49 × 200, one id, one row", async () => {
    const body = { title: "Concurrent", external_id: "http-race" };
    const responses = await Promise.all(Array.from({ length: 50 }, () => call(alice, "POST", `/api/projects/${projectId}/tasks`, body)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).task.id)));
    expect(ids.size).toBe(1);
    expect(await tasksIn("http-race")).toBe(1);
  });

  it("invalid input is a 400 problem+json naming each field, and writes nothing", async () => {
    const response = await call(alice, "POST", `/api/projects/${projectId}/tasks`, {
      title: "",
      external_id: "never-written",
      schedule: { cron: "61 * * * *" },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(["schedule.cron", "title"]);
    expect(await tasksIn("never-written")).toBe(0);
  });

  it("refuses a body that is not JSON (415) and a cross-site Origin (403)", async () => {
    const url = `${baseUrl()}/api/projects/${projectId}/tasks`;
    const asText = await fetch(url, { method: "POST", headers: { cookie: alice.cookie!, "content-type": "text/plain" }, body: "title=x" });
    expect(asText.status).toBe(415);
    const crossSite = await fetch(url, {
      method: "POST",
      headers: { cookie: alice.cookie!, "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ title: "csrf" }),
    });
    expect(crossSite.status).toBe(403);
  });
});

describe("POST /api/projects/{projectId}/tasks:bulk", () => {
  const bulkPath = () => `/api/projects/${projectId}/tasks:bulk`;

  it("200 with results in request order and the counts", async () => {
    const response = await call(alice, "POST", bulkPath(), {
      tasks: [{ title: "B1", external_id: "b1" }, { title: "B2" }, { title: "B1 again", external_id: "b1" }],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["created_count", "existing_count", "results"]);
    expect(body.results.map((r: { index: number; outcome: string }) => [r.index, r.outcome])).toEqual([
      [0, "created"],
      [1, "created"],
      [2, "existing"],
    ]);
    expect(Object.keys(body.results[0].task).sort()).toEqual(TASK_KEYS);
    expect([body.created_count, body.existing_count]).toEqual([2, 1]);
  });

  it("one invalid item is a 400 naming it, and nothing of the batch is written", async () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ title: i === 7 ? "" : `Batch ${i}`, external_id: `batch-${i}` }));
    const response = await call(alice, "POST", bulkPath(), { tasks: items, duplicate_strategy: "external_id" });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([{ path: "tasks[7].title", message: expect.any(String) }]);
    expect(await tasksIn("batch-0")).toBe(0);
  });

  it("1,000 tasks are accepted; 1,001 are a 413", async () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Big ${i}`, description: "d".repeat(200) }));
    const tooMany = await call(alice, "POST", bulkPath(), { tasks: items(1001), duplicate_strategy: "none" });
    expect(tooMany.status).toBe(413);
    expect(tooMany.headers.get("content-type")).toBe("application/problem+json");
    const full = await call(alice, "POST", bulkPath(), { tasks: items(1000), duplicate_strategy: "none" });
    expect(full.status).toBe(200);
    expect((await full.json()).created_count).toBe(1000);
  });
});

describe("GET /api/projects/{projectId}/tasks", () => {
  it("answers the pagination keys next to the tasks; empty parameters count as absent", async () => {
    const response = await call(alice, "GET", `/api/projects/${projectId}/tasks?status=&q=&platform=&sort=title&page=2&page_size=3`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["page", "page_size", "tasks", "total_count", "total_pages"]);
    expect(body).toMatchObject({ page: 2, page_size: 3, total_pages: Math.ceil(body.total_count / 3) });
    expect(body.tasks).toHaveLength(3);
  });

  it.each([
    ["page_size=201", "page_size"],
    ["sort=user_id", "sort"],
    ["status=closed", "status"],
    ["page=0", "page"],
  ])("%s is a 400 naming %s", async (query, field) => {
    const response = await call(alice, "GET", `/api/projects/${projectId}/tasks?${query}`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors.map((e: { path: string }) => e.path)).toEqual([field]);
  });
});

describe("/api/tasks/{taskId}", () => {
  it("PATCH changes the task, an empty PATCH is a 400, DELETE is 204 and then the task is gone", async () => {
    const { task } = await (await call(alice, "POST", `/api/projects/${projectId}/tasks`, { title: "Lifecycle" })).json();
    const patched = await call(alice, "PATCH", `/api/tasks/${task.id}`, { status: "done", platform: "github" });
    expect(patched.status).toBe(200);
    expect((await patched.json()).task).toMatchObject({ status: "done", platform: "github", title: "Lifecycle" });
    expect((await call(alice, "PATCH", `/api/tasks/${task.id}`, {})).status).toBe(400);
    const deleted = await call(alice, "DELETE", `/api/tasks/${task.id}`);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    expect((await call(alice, "GET", `/api/tasks/${task.id}`)).status).toBe(404);
  });

  it("a malformed id is a 404, like an unknown one", async () => {
    for (const path of ["/api/tasks/not-a-uuid", "/api/projects/123/tasks", "/api/projects/x/tasks:bulk", "/api/projects/x/milestones"]) {
      const method = path.endsWith("bulk") ? "POST" : "GET";
      const response = await call(alice, method, path, method === "POST" ? { tasks: [{ title: "x" }] } : undefined);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toBe("application/problem+json");
    }
  });
});
