// The UI's routes on the app: the page shell for every view, the stylesheet and the client modules.
import type { Context, Hono } from "hono";
import { clientModule } from "./assets.js";
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
  app.get("/assets/:name{[a-z-]+\\.js}", async (c) => {
    const js = await clientModule(c.req.param("name"));
    if (js === null) return c.json({ error: `no asset ${c.req.path}` }, 404);
    return c.body(js, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
  });
}
