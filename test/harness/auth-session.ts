// Real Better Auth sessions for in-process tests: signs a user up through Better Auth's own API.
import { createAuth } from "@/lib/auth/config";
import type { Db } from "@/lib/db/connect";
import { sessionFromSignUp, TEST_PASSWORD } from "./sign-up-response";

export async function signUpSession(db: Db, email: string, options: { admin?: boolean } = {}) {
  const response = await createAuth(db).api.signUpEmail({ body: { email, password: TEST_PASSWORD, name: email }, asResponse: true });
  return sessionFromSignUp(db, response, options);
}
