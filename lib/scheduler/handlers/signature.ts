// Webhook signatures, Stripe-style: `Tickboard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
// "<t>.<body>")>`. The timestamp is signed with the body so that a captured request cannot be replayed later.
// verifySignature is what a receiver runs (our tests use it as one; docs/architecture.md shows it in a few lines).
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Tickboard-Signature";

export function signPayload(secret: string, body: string, timestamp: number): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

export function verifySignature(secret: string, body: string, header: string, { toleranceSeconds = 300, now = Date.now() } = {}): boolean {
  const parts = new Map(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1");
  if (!Number.isInteger(timestamp) || !given || !/^[0-9a-f]{64}$/.test(given)) return false;
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signPayload(secret, body, timestamp).split("v1=")[1]!, "hex");
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}
