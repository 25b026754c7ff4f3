// The app's Better Auth instance and the one way pages and routes learn who is signed in.
import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { ADMIN_ROLE, createAuth, type Auth } from "./config";

export { ADMIN_ROLE } from "./config";

const globalForAuth = globalThis as typeof globalThis & { __tickboardAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.__tickboardAuth ??= createAuth(getDb());
  return globalForAuth.__tickboardAuth;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

/** The signed-in user for these request headers, or null (route handlers; pages use getUser). */
export const getUserFromHeaders = async (requestHeaders: Headers): Promise<SessionUser | null> => {
  const result = await getAuth().api.getSession({ headers: requestHeaders });
  if (!result || result.user.banned) return null;
  const { id, email, name, role } = result.user;
  return { id, email, name, isAdmin: role === ADMIN_ROLE };
};

/** Server components: the signed-in user, or null. Cached per request, so layout and page share one lookup. */
export const getUser = cache(async () => getUserFromHeaders(await headers()));

/** Server components: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** Server components: an admin, or the not-found page for everyone else (nothing to see, nothing leaked). */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (!user.isAdmin) notFound();
  return user;
}
