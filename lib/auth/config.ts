// Better Auth, configured once: email + password, the admin plugin (role "admin"), rate limits kept in
// Postgres so every instance shares them. No `server-only` here: the seed script builds the same auth
// to create demo users with properly hashed passwords.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { admin } from "better-auth/plugins";
import { account, rateLimit, session, user, verification } from "@/drizzle/auth";
import { appBaseUrl, trustedOrigins } from "@/lib/config/app-url";
import type { Db } from "@/lib/db/connect";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";

export const ADMIN_ROLE = "admin";

export function createAuth(db: Db) {
  return betterAuth({
    appName: "Tickboard",
    baseURL: appBaseUrl(),
    secret: process.env.BETTER_AUTH_SECRET,
    trustedOrigins: trustedOrigins(),
    database: drizzleAdapter(db, { provider: "pg", schema: { user, session, account, verification, rateLimit } }),
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    plugins: [admin({ adminRoles: [ADMIN_ROLE], defaultRole: "user" })],
    rateLimit: {
      enabled: process.env.AUTH_RATE_LIMIT !== "off",
      storage: "database",
      modelName: "rateLimit",
      customRules: { "/sign-in/email": signInRule(), "/sign-up/email": signInRule() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

// Better Auth's default for sign-in and sign-up is 3 requests per 10 s per client IP. The browser test suite,
// whose many users all come from 127.0.0.1, raises it with AUTH_SIGN_IN_RATE_LIMIT=<max>/<window seconds>.
function signInRule() {
  const [max, window] = (process.env.AUTH_SIGN_IN_RATE_LIMIT ?? "3/10").split("/").map(Number);
  return { max: max || 3, window: window || 10 };
}
