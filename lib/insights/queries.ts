// Reads of a tenant's platform insights (GET /api/insights, the insights page). Reads only: a platform whose
// tasks have no insight row yet is reported in `missingPlatforms`, never computed here (seed 001: GET
// endpoints stay read-only; the reconcile computes). Indexes: platform_insights_user_id_platform_key for the
// rows, tasks_user_id_idx for the tenant's platforms.
import { and, asc, eq, isNotNull, notExists, sql } from "drizzle-orm";
import { platformInsights, tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";

export type InsightRow = typeof platformInsights.$inferSelect;

export interface TenantInsights {
  insights: InsightRow[];
  /** Platforms the tenant's tasks carry that have no insight row (created after the last reconcile). */
  missingPlatforms: string[];
}

export async function readInsights(db: Db, userId: string): Promise<TenantInsights> {
  const [insights, missing] = await Promise.all([
    db.select().from(platformInsights).where(eq(platformInsights.userId, userId)).orderBy(asc(platformInsights.platform)),
    db
      .selectDistinct({ platform: tasks.platform })
      .from(tasks)
      .where(
        and(
          eq(tasks.userId, userId),
          isNotNull(tasks.platform),
          notExists(
            db
              .select({ one: sql`1` })
              .from(platformInsights)
              .where(and(sql`platform_insights.user_id = tasks.user_id`, sql`platform_insights.platform = tasks.platform`)),
          ),
        ),
      )
      .orderBy(asc(tasks.platform)),
  ]);
  return { insights, missingPlatforms: missing.map((m) => m.platform!) };
}
