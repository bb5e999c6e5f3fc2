// EDGE: the Node adapter. Binds the app to a host and port (0 = any free port) and hands back
// the URL and a close function, so the CLI, the browser tests and the benchmark share one path.
import type { AddressInfo } from "node:net";
import { serve as honoServe } from "@hono/node-server";
import type { Hono } from "hono";

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function serve(app: Hono, opts: { host?: string; port?: number } = {}): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = honoServe({ fetch: app.fetch, hostname: host, port: opts.port ?? 0 }, (info: AddressInfo) => {
      const shown = info.address.includes(":") ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          if ("closeAllConnections" in server) server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
    server.once("error", reject);
  });
}
