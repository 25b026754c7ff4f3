// The admin page's user list: every account (admins see all tenants), newest first. Deliberately not
// tenant-scoped; only call it behind requireAdmin(). Reads the user table by created_at (a small table; no
// index needed yet).
import { desc } from "drizzle-orm";
import { user } from "@/drizzle";
import type { Db } from "@/lib/db/connect";

/** How many users the admin page lists. */
export const ADMIN_USER_LIMIT = 100;

export interface AdminUserRow {
  id: string;
  email: string;
  name: string;
  /** Better Auth admin plugin role ("admin", "user"); accounts without one are plain users. */
  role: string;
  banned: boolean;
  createdAt: Date;
}

export async function listUsers(db: Db, limit: number = ADMIN_USER_LIMIT): Promise<AdminUserRow[]> {
  const rows = await db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      banned: user.banned,
      createdAt: user.createdAt,
    })
    .from(user)
    .orderBy(desc(user.createdAt), desc(user.id))
    .limit(limit);
  return rows.map((row) => ({
    ...row,
    role: row.role || "user",
    banned: row.banned ?? false,
  }));
}
