import { json } from "@/lib/http/json";
import { pageInfo } from "@/lib/http/pagination";
import { route } from "@/lib/http/route";
import { projectParams } from "@/lib/projects";
import { createTask, issuedSecretJson, listTasks, taskCreateSchema, taskJson, taskListQuery } from "@/lib/tasks";

export const GET = route({
  auth: "user",
  params: projectParams,
  query: taskListQuery,
  async handler({ db, user, params, query }) {
    const page = await listTasks(db, user.id, params.projectId, query);
    return json({ tasks: page.tasks.map(taskJson), ...pageInfo(page.totalCount, query) });
  },
});

export const POST = route({
  auth: "user",
  params: projectParams,
  body: taskCreateSchema,
  async handler({ db, user, params, body }) {
    const { task, created } = await createTask(db, user.id, params.projectId, body);
    // An http task's signing secret is shown once: in the 201 that created it, never in a replay.
    return created
      ? json({ task: taskJson(task), ...issuedSecretJson(task.signingSecret) }, 201)
      : json({ task: taskJson(task) }, 200, { "Idempotent-Replay": "true" });
  },
});
