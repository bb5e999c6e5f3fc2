// EDGE: the Node adapter. Binds the app to a host and port (0 = any free port) and hands back
// the URL and a close function, so the CLI, the browser tests and the benchmark share one path.
import type { AddressInfo } from "node:net";
import { serve as honoServe } from "@hono/node-server";
import type { Hono } from "hono";
import { InputError } from "../domain/errors.js";

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
    // Binding failures are the user's to fix, not internal errors: name the port or host and the fix.
    server.once("error", (e: NodeJS.ErrnoException) => {
      const port = opts.port ?? 0;
      if (e.code === "EADDRINUSE") reject(new InputError(`--port ${port}`, "is in use by another program; pick another port, or --port 0 for any free one"));
      else if (e.code === "EACCES") reject(new InputError(`--port ${port}`, "needs privileges on this machine; use a port above 1024"));
      else if (e.code === "ENOTFOUND" || e.code === "EADDRNOTAVAIL" || e.code === "EAI_AGAIN") reject(new InputError(`--host ${host}`, "is not an address of this machine; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)"));
      else reject(e);
    });
  });
}
