import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { createProject, listProjects, projectCreateSchema, projectJson } from "@/lib/projects";

export const GET = route({
  auth: "user",
  async handler({ db, user }) {
    const projects = await listProjects(db, user.id);
    return json({ projects: projects.map(projectJson) });
  },
});

export const POST = route({
  auth: "user",
  body: projectCreateSchema,
  async handler({ db, user, body }) {
    return json({ project: projectJson(await createProject(db, user.id, body)) }, 201);
  },
});
