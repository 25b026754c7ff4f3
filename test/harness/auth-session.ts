// Real Better Auth sessions for in-process tests: signs a user up through Better Auth's own API and returns
// the Cookie header a browser would send.
import { eq } from "drizzle-orm";
import { user } from "@/drizzle";
import { createAuth } from "@/lib/auth/config";
import type { Db } from "@/lib/db/connect";

export async function signUpSession(db: Db, email: string, options: { admin?: boolean } = {}) {
  const auth = createAuth(db);
  const response = await auth.api.signUpEmail({ body: { email, password: "correct-horse-battery", name: email }, asResponse: true });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const { user: created } = (await response.json()) as { user: { id: string } };
  if (options.admin) await db.update(user).set({ role: "admin" }).where(eq(user.id, created.id));
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { userId: created.id, cookie };
}
