// Schemas every part of the API shares.
import { z } from "zod";
import { apiSchema } from "./registry";

export const problemSchema = apiSchema(
  "Problem",
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  "RFC 9457 problem details; `errors` lists invalid fields.",
);
