// The handler of each handler.kind. A new kind is a new entry here (and in the task schema's union).
import type { HANDLER_KINDS } from "@/drizzle";
import { httpHandler } from "./http";
import { PermanentHandlerError, type Handler } from "./types";

// The task did its job by existing: a heartbeat, or a placeholder for work done elsewhere.
const noopHandler: Handler = async () => ({ handler: "noop" });

// Report collections arrive with step 5, which registers the real handler through setHandler(). Until then a
// report_collection task fails with a reason rather than pretending to have collected anything.
const reportCollectionHandler: Handler = async () => {
  throw new PermanentHandlerError("Report collections are not available on this server yet.");
};

const handlers: Record<(typeof HANDLER_KINDS)[number], Handler> = {
  noop: noopHandler,
  http: httpHandler,
  report_collection: reportCollectionHandler,
};

export function handlerFor(kind: (typeof HANDLER_KINDS)[number]): Handler {
  return handlers[kind];
}

/** Installs the handler of a kind (the report workflow does this for report_collection). */
export function setHandler(kind: (typeof HANDLER_KINDS)[number], handler: Handler) {
  handlers[kind] = handler;
}

export { PermanentHandlerError, type Handler, type HandlerOutput, type RunContext } from "./types";
export { SIGNATURE_HEADER, signPayload, verifySignature } from "./signature";
