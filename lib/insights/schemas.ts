// Platform insights at the boundary (API.md "Insights").
import { z } from "zod";
import { apiSchema } from "@/lib/http/openapi/registry";

const count = z.number().int().min(0);

export const insightsResponseSchema = apiSchema(
  "PlatformInsights",
  z.object({
    insights: z.array(
      z.object({
        platform: z.string().describe("A platform label of the tenant's tasks (tasks without one are not counted)."),
        tasks: count.describe("The tenant's tasks with this platform."),
        runs_7d: count.describe("Their runs whose slot is in the last 7 days and that have started."),
        success_rate_7d: z.number().min(0).max(1).nullable().describe("succeeded ÷ finished among those runs, 0–1 (4 decimals); null when none finished."),
        last_run_at: z.iso.datetime().nullable().describe("When the latest run of these tasks started; null when none has."),
        computed_at: z.iso.datetime().describe("When the reconcile computed this row: the figures are as of then."),
      }),
    ),
    missing_platforms: z
      .array(z.string())
      .describe("Platforms the tenant's tasks carry that have no insight row yet; the next reconcile computes them (this GET never does)."),
  }),
);
