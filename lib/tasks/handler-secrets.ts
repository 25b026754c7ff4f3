// Credential headers of an http handler are write-only. Task JSON shows their values as [redacted]; a client
// that sends a handler back as it was shown (an edit form, a GET-modify-PATCH script) keeps the stored values
// instead of overwriting them with the placeholder.
//
// The webhook signing secret of an http task is different: Tickboard needs it in clear to sign each call, so it
// is stored as is, never part of Task JSON, and shown to the owner once — in the answer that created it.
import { randomBytes } from "node:crypto";
import { ValidationError } from "@/lib/errors";

/** A new HMAC key for an http task's Tickboard-Signature header. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export const REDACTED = "[redacted]";
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|token|secret|key|signature|password/i;

type Config = Record<string, unknown>;

function headersOf(config: Config): Record<string, string> | null {
  const headers = config.headers;
  return headers && typeof headers === "object" ? (headers as Record<string, string>) : null;
}

export function redactHandlerConfig(config: Config): Config {
  const headers = headersOf(config);
  if (!headers) return config;
  return { ...config, headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, CREDENTIAL_HEADER.test(name) ? REDACTED : value])) };
}

/** `incoming` with each [redacted] header value replaced by the value stored under that name. */
export function restoreRedactedHeaders(incoming: Config, stored: Config): Config {
  const headers = headersOf(incoming);
  if (!headers) return incoming;
  const storedHeaders = headersOf(stored) ?? {};
  const storedByName = new Map(Object.entries(storedHeaders).map(([name, value]) => [name.toLowerCase(), value]));
  const restored = Object.entries(headers).map(([name, value]) => {
    if (value !== REDACTED) return [name, value];
    const kept = storedByName.get(name.toLowerCase());
    if (kept === undefined) {
      throw new ValidationError(`handler.config.headers.${name}: ${REDACTED} stands for a stored value, and this task has none.`, [
        { path: `handler.config.headers.${name}`, message: `${REDACTED} keeps a stored value; this task has none for ${name}. Send the real value.` },
      ]);
    }
    return [name, kept];
  });
  return { ...incoming, headers: Object.fromEntries(restored) };
}
