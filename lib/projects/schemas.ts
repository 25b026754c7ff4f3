// Projects and milestones at the boundary: what a client may send (zod, strict: an unknown key is a 400,
// not silently ignored) and the JSON it gets back. The same schemas feed the OpenAPI document.
import { z } from "zod";
import { apiInputSchema, apiSchema } from "@/lib/http/openapi/registry";

export const PROJECT_NAME_MAX = 200;
export const MILESTONE_TITLE_MAX = 200;

export const projectParams = z.object({ projectId: z.uuid().describe("The project's id.") });

export const projectCreateSchema = apiInputSchema(
  "ProjectCreate",
  z.strictObject({
    name: z.string().trim().min(1, "Give the project a name.").max(PROJECT_NAME_MAX, `A project name is at most ${PROJECT_NAME_MAX} characters.`),
  }),
);
export type ProjectCreate = z.output<typeof projectCreateSchema>;

export const projectSchema = apiSchema(
  "Project",
  z.object({
    id: z.uuid(),
    name: z.string(),
    task_count: z.number().int().describe("How many tasks the project holds."),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  }),
);

export const projectListSchema = apiSchema("ProjectList", z.object({ projects: z.array(projectSchema) }));
export const projectResponseSchema = apiSchema("ProjectResponse", z.object({ project: projectSchema }));

export const milestoneCreateSchema = apiInputSchema(
  "MilestoneCreate",
  z.strictObject({
    title: z
      .string()
      .trim()
      .min(1, "Give the milestone a title.")
      .max(MILESTONE_TITLE_MAX, `A milestone title is at most ${MILESTONE_TITLE_MAX} characters.`),
  }),
);
export type MilestoneCreate = z.output<typeof milestoneCreateSchema>;

export const milestoneSchema = apiSchema(
  "Milestone",
  z.object({ id: z.uuid(), project_id: z.uuid(), title: z.string(), created_at: z.iso.datetime() }),
);
export const milestoneListSchema = apiSchema("MilestoneList", z.object({ milestones: z.array(milestoneSchema) }));
export const milestoneResponseSchema = apiSchema("MilestoneResponse", z.object({ milestone: milestoneSchema }));
