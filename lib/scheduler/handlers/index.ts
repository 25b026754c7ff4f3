// The handler of each handler.kind. A new kind is a new entry here (and in the task schema's union).
import type { HANDLER_KINDS } from "@/drizzle";
import { httpHandler } from "./http";
import type { Handler } from "./types";

// The task did its job by existing: a heartbeat, or a placeholder for work done elsewhere.
const noopHandler: Handler = async () => ({ handler: "noop" });

// The report workflow lives in lib/reports, which itself queues its runs through lib/scheduler: it is loaded on
// its first run rather than imported here, so that neither module needs the other to load first.
const reportCollectionHandler: Handler = async (context) => {
  const { reportCollectionHandler: collect } = await import("@/lib/reports/handler");
  return collect(context);
};

const handlers: Readonly<Record<(typeof HANDLER_KINDS)[number], Handler>> = {
  noop: noopHandler,
  http: httpHandler,
  report_collection: reportCollectionHandler,
};

export function handlerFor(kind: (typeof HANDLER_KINDS)[number]): Handler {
  return handlers[kind];
}

export { PermanentHandlerError, type Handler, type HandlerOutput, type RunContext } from "./types";
export { SIGNATURE_HEADER, signPayload, verifySignature } from "./signature";
