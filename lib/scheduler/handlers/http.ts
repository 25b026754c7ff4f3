// The http handler: calls the task's URL with a signed JSON body describing the task and the run.
// - Signed: `Tickboard-Signature: t=<unix>,v1=<hex>` over "<t>.<body>" with the task's own secret (signature.ts).
// - Guarded: node:http with a checking `lookup`, not fetch, so the address actually connected to is the one
//   checked (target-guard.ts). Redirects are not followed (a 3xx is a failure), so they cannot lead elsewhere.
// - Bounded: the run's AbortSignal (timeout_seconds) cancels the call; at most 64 KiB of the answer is read,
//   and the first 2,000 characters are kept as the run's output.
// - Quiet: header values (credentials) never appear in an error or in the output.
import http from "node:http";
import https from "node:https";
import { signPayload, SIGNATURE_HEADER } from "./signature";
import { guardedLookup, refusedLiteralHost } from "./target-guard";
import { PermanentHandlerError, type Handler, type RunContext } from "./types";

const READ_MAX_BYTES = 64 * 1024;
const EXCERPT_MAX = 2_000;

interface HttpConfig {
  url: string;
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  headers?: Record<string, string>;
  body?: string;
}

export const httpHandler: Handler = async (context) => {
  const config = context.task.config as unknown as HttpConfig;
  const url = new URL(config.url);
  const refusal = refusedLiteralHost(url.hostname);
  if (refusal) throw new PermanentHandlerError(refusal);
  const method = config.method ?? "POST";
  const body = method === "GET" || method === "DELETE" ? "" : JSON.stringify(payload(context, config));
  const headers: Record<string, string> = {
    ...config.headers,
    "user-agent": "Tickboard-Scheduler/1",
    "tickboard-run-id": context.run.id,
    "tickboard-attempt": String(context.run.attempt),
    ...(body ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } : {}),
  };
  if (context.task.signingSecret) headers[SIGNATURE_HEADER] = signPayload(context.task.signingSecret, body, Math.floor(Date.now() / 1000));

  const { status, text, truncated } = await send(url, { method, headers, body, signal: context.signal });
  const excerpt = text.slice(0, EXCERPT_MAX);
  if (status >= 200 && status < 300) return { status, body_excerpt: excerpt, ...(truncated || text.length > EXCERPT_MAX ? { truncated: true } : {}) };
  if (status >= 300 && status < 400) throw new Error(`HTTP ${status}: redirects are not followed; point the task at the final URL.`);
  throw new Error(`HTTP ${status}: ${excerpt.slice(0, 500)}`);
};

function payload(context: RunContext, config: HttpConfig) {
  return {
    task: { id: context.task.id, title: context.task.title, project_id: context.task.projectId },
    run: { id: context.run.id, scheduled_for: context.run.scheduledFor.toISOString(), attempt: context.run.attempt },
    ...(config.body !== undefined ? { payload: parseOrKeep(config.body) } : {}),
  };
}

function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(url: URL, options: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) {
  const transport = url.protocol === "https:" ? https : http;
  return new Promise<{ status: number; text: string; truncated: boolean }>((resolve, reject) => {
    const request = transport.request(url, { method: options.method, headers: options.headers, lookup: guardedLookup, signal: options.signal }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      response.on("data", (chunk: Buffer) => {
        if (size >= READ_MAX_BYTES) {
          truncated = true;
          response.destroy();
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      const done = () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).subarray(0, READ_MAX_BYTES).toString("utf8"), truncated });
      response.on("end", done);
      response.on("close", done);
      response.on("error", (error) => (truncated ? done() : reject(error)));
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (options.signal.aborted) return reject(options.signal.reason ?? error);
      if (error.code === "ERR_TARGET_REFUSED") return reject(new PermanentHandlerError(error.message));
      reject(new Error(`Could not reach ${url.origin}: ${error.code ?? error.message}`));
    });
    request.end(options.body || undefined);
  });
}
