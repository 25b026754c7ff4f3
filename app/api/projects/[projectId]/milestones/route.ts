import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { createMilestone, listMilestones, milestoneCreateSchema, milestoneJson, projectParams } from "@/lib/projects";

export const GET = route({
  auth: "user",
  params: projectParams,
  async handler({ db, user, params }) {
    const milestones = await listMilestones(db, user.id, params.projectId);
    return json({ milestones: milestones.map(milestoneJson) });
  },
});

export const POST = route({
  auth: "user",
  params: projectParams,
  body: milestoneCreateSchema,
  async handler({ db, user, params, body }) {
    return json({ milestone: milestoneJson(await createMilestone(db, user.id, params.projectId, body)) }, 201);
  },
});
