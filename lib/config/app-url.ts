// The app's public origin: Better Auth's base URL, its trusted origins, and the Origin check on mutations.
export function appBaseUrl(): string {
  if (process.env.BETTER_AUTH_URL) return process.env.BETTER_AUTH_URL.replace(/\/$/, "");
  if (process.env.VERCEL_PROJECT_PRODUCTION_URL) return `https://${process.env.VERCEL_PROJECT_PRODUCTION_URL}`;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Origins allowed to call mutating routes with a cookie: the app itself plus TRUSTED_ORIGINS (comma-separated). */
export function trustedOrigins(): string[] {
  const extra = (process.env.TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/$/, ""))
    .filter(Boolean);
  return [new URL(appBaseUrl()).origin, ...extra];
}
