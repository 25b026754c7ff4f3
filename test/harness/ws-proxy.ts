// A local stand-in for Neon's WebSocket edge: accepts `ws://host:port/v2?address=pg-host:pg-port` and pipes
// the socket's binary frames to a plain TCP connection to Postgres. With it the Neon serverless driver runs
// for real against the test Postgres (`npm run test:neon`).
import net from "node:net";
import { WebSocketServer } from "ws";

export interface WsProxy {
  /** host:port to hand to neonConfig.wsProxy */
  address: string;
  close(): Promise<void>;
}

export async function startWsProxy(port: number): Promise<WsProxy> {
  const server = new WebSocketServer({ host: "127.0.0.1", port });
  server.on("connection", (socket, request) => {
    const target = new URL(request.url ?? "", "ws://proxy").searchParams.get("address") ?? "";
    const [host, targetPort] = target.split(":");
    if (host !== "127.0.0.1" && host !== "localhost") {
      socket.close(1008, "only loopback targets");
      return;
    }
    const tcp = net.connect(Number(targetPort), host);
    tcp.on("data", (chunk) => socket.send(chunk));
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.close());
    socket.on("message", (data) => tcp.write(data as Buffer));
    socket.on("close", () => tcp.destroy());
    socket.on("error", () => tcp.destroy());
  });
  await new Promise<void>((resolve) => server.on("listening", resolve));
  return {
    address: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
