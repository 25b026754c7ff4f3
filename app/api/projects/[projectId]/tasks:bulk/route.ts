import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { projectParams } from "@/lib/projects";
import { bulkCreateSchema, bulkCreateTasks, issuedSecretJson, taskJson } from "@/lib/tasks";

// 1,000 tasks with long descriptions and handler configs fit in 10 MiB; the item count limit is the schema's.
const MAX_BULK_BODY_BYTES = 10 * 1024 * 1024;

export const POST = route({
  auth: "user",
  params: projectParams,
  body: bulkCreateSchema,
  maxBodyBytes: MAX_BULK_BODY_BYTES,
  async handler({ db, user, params, body }) {
    const outcome = await bulkCreateTasks(db, user.id, params.projectId, body);
    return json({
      results: outcome.results.map((r) => ({
        index: r.index,
        outcome: r.outcome,
        task: taskJson(r.task),
        // The signing secret of a created http task, shown this once.
        ...(r.outcome === "created" ? issuedSecretJson(r.task.signingSecret) : {}),
      })),
      created_count: outcome.createdCount,
      existing_count: outcome.existingCount,
    });
  },
});
