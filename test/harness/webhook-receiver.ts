// A local webhook receiver for the http handler's tests: records every request (headers and body) and answers
// as its current mode says — 200, 500, or never (the connection hangs until the receiver closes).
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedRequest[];
  mode: "ok" | "fail" | "hang";
  close(): Promise<void>;
}

export async function startWebhookReceiver(mode: WebhookReceiver["mode"] = "ok"): Promise<WebhookReceiver> {
  const hanging = new Set<http.ServerResponse>();
  const receiver: WebhookReceiver = { url: "", received: [], mode, close: async () => {} };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      receiver.received.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      if (receiver.mode === "hang") {
        hanging.add(response);
        return;
      }
      response.writeHead(receiver.mode === "ok" ? 200 : 500, { "content-type": "text/plain" });
      response.end(receiver.mode === "ok" ? "thanks" : "receiver is down");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  receiver.close = async () => {
    for (const response of hanging) response.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return receiver;
}
