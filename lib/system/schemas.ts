// Response shapes of the health and docs routes.
import { z } from "zod";
import { apiSchema } from "@/lib/http/openapi/registry";

export const healthSchema = apiSchema(
  "Health",
  z.object({
    ok: z.boolean(),
    db: z.object({
      driver: z.enum(["pg", "neon"]),
      embedded: z.boolean().describe("True when `npm run dev`/`npm start` started an embedded PostgreSQL for the app."),
      migrations: z.number().int().describe("Migrations applied to the database."),
      pending: z.number().int().describe("Migrations in this build not yet applied (run `npm run db:migrate`)."),
    }),
    scheduler: z.object({
      leader: z.string().nullable().describe("The instance holding the scheduler's leader lease, or null when none does."),
      last_tick_at: z.iso.datetime().nullable(),
    }),
  }),
);

export const openApiDocumentSchema = apiSchema("OpenApiDocument", z.looseObject({ openapi: z.string() }), "This document.");
