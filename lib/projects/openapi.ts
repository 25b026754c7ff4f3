// OpenAPI entries of the project and milestone routes.
import { defineOperations } from "@/lib/http/openapi/registry";
import {
  milestoneCreateSchema,
  milestoneListSchema,
  milestoneResponseSchema,
  projectCreateSchema,
  projectListSchema,
  projectParams,
  projectResponseSchema,
} from "./schemas";

export const projectOperations = defineOperations([
  {
    method: "get",
    path: "/api/projects",
    tag: "projects",
    auth: "user",
    summary: "The signed-in tenant's projects",
    description: "Newest first, each with its task count.",
    responses: { 200: { description: "The projects.", schema: projectListSchema } },
  },
  {
    method: "post",
    path: "/api/projects",
    tag: "projects",
    auth: "user",
    summary: "Create a project",
    body: { schema: projectCreateSchema, required: true },
    responses: { 201: { description: "Created.", schema: projectResponseSchema } },
  },
  {
    method: "get",
    path: "/api/projects/{projectId}/milestones",
    tag: "projects",
    auth: "user",
    summary: "A project's milestones",
    params: projectParams,
    responses: { 200: { description: "Oldest first.", schema: milestoneListSchema } },
  },
  {
    method: "post",
    path: "/api/projects/{projectId}/milestones",
    tag: "projects",
    auth: "user",
    summary: "Add a milestone to a project",
    params: projectParams,
    body: { schema: milestoneCreateSchema, required: true },
    responses: { 201: { description: "Created.", schema: milestoneResponseSchema } },
  },
]);
