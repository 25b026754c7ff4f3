// What both ways of signing a test user up share: reading Better Auth's sign-up answer into the Cookie
// header a browser would send back, and granting the admin role.
import { eq } from "drizzle-orm";
import { user } from "@/drizzle";
import type { Db } from "@/lib/db/connect";

export const TEST_PASSWORD = "correct-horse-battery";

export async function sessionFromSignUp(db: Db, response: Response, options: { admin?: boolean } = {}) {
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const { user: created } = (await response.json()) as { user: { id: string } };
  if (options.admin) await db.update(user).set({ role: "admin" }).where(eq(user.id, created.id));
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { userId: created.id, cookie };
}
