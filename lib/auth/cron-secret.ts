// The scheduler's wake-up call (GET/POST /api/cron/tick) carries `Authorization: Bearer $CRON_SECRET`, as
// Vercel Cron sends it. Compared in constant time — over SHA-256 digests, so that neither the content nor the
// length of the secret leaks through timing. With CRON_SECRET unset, nothing is accepted.
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

export function hasCronSecret(authorization: string | null, secret = process.env.CRON_SECRET): boolean {
  if (!secret || !authorization) return false;
  const match = /^Bearer (.+)$/.exec(authorization);
  if (!match) return false;
  return timingSafeEqual(digest(match[1]!), digest(secret));
}
