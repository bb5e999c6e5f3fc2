// The UI's routes on the app: the page shell for every view, the stylesheet, the client modules and
// the domain/ modules they import.
import type { Context, Hono } from "hono";
import { clientModule, sharedModule } from "./assets.js";
import { pageHtml } from "./page.js";
import { STYLE } from "./style.js";

export function webRoutes(app: Hono): void {
  const page = (c: Context) => c.html(pageHtml());
  app.get("/", page);
  app.get("/analyze", page);
  app.get("/analyze/:id", page);
  app.get("/stories/:id", page);
  app.get("/favicon.ico", (c) => c.body(null, 204));
  app.get("/assets/style.css", (c) => c.body(STYLE, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "no-cache" }));
  const module = (find: (name: string) => Promise<string | null> | null) => async (c: Context) => {
    const js = await find(c.req.param("name")!);
    if (js === null) return c.json({ error: `no asset ${c.req.path}` }, 404);
    return c.body(js, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
  };
  app.get("/assets/:name{[a-z-]+\\.js}", module(clientModule));
  // The domain/ modules the client imports (../../domain/labels.js from /assets/ is /domain/labels.js).
  app.get("/domain/:name{[a-z-]+\\.js}", module(sharedModule));
}
