// A fixture web server on 127.0.0.1 for the fetch and feed tests: serves test/fixtures/feeds
// with {{base}} replaced by its own address, plus a few misbehaving routes.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(import.meta.dirname, "..", "fixtures", "feeds");
const TYPES: Record<string, string> = { xml: "application/rss+xml", json: "application/feed+json", html: "text/html" };

export interface FixtureServer { base: string; hits: string[]; close(): Promise<void> }

export async function startServer(routes: Record<string, (res: import("node:http").ServerResponse, req: import("node:http").IncomingMessage) => void> = {}): Promise<FixtureServer> {
  const hits: string[] = [];
  let base = "";
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.push(req.url ?? "/");
    const route = routes[path];
    if (route) return route(res, req);
    const file = path === "/news/quake" ? "quake.html" : path.slice(1);
    try {
      let body = readFileSync(join(DIR, file));
      if (!file.endsWith(".html")) body = Buffer.from(body.toString("utf8").replaceAll("{{base}}", base));
      res.writeHead(200, { "content-type": file === "quake.html" ? "text/html" : (TYPES[file.split(".").pop()!] ?? "text/plain") });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, hits, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}
