import { json, noContent } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { deleteTask, getTask, issuedSecretJson, taskJson, taskParams, taskPatchSchema, updateTask } from "@/lib/tasks";

export const GET = route({
  auth: "user",
  params: taskParams,
  async handler({ db, user, params }) {
    return json({ task: taskJson(await getTask(db, user.id, params.taskId)) });
  },
});

export const PATCH = route({
  auth: "user",
  params: taskParams,
  body: taskPatchSchema,
  async handler({ db, user, params, body }) {
    const { task, issuedSigningSecret } = await updateTask(db, user.id, params.taskId, body);
    return json({ task: taskJson(task), ...issuedSecretJson(issuedSigningSecret) });
  },
});

export const DELETE = route({
  auth: "user",
  params: taskParams,
  async handler({ db, user, params }) {
    await deleteTask(db, user.id, params.taskId);
    return noContent();
  },
});
