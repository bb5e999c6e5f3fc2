// The one error handler: InputError → 400, HTTPException → its status, anything else → 500
// with a generic message. Bodies are always `{"error": "..."}`; a stack trace never leaves the process.
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { InputError } from "../domain/errors.js";

export function errorHandler(log: (message: string) => void): ErrorHandler {
  return (err, c) => {
    if (err instanceof InputError) return errorJson(c, 400, err.message);
    if (err instanceof HTTPException) {
      const res = errorJson(c, err.status as ContentfulStatusCode, err.message || "request failed");
      err.res?.headers.forEach((v, k) => res.headers.set(k, v));
      return res;
    }
    log(`internal error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return errorJson(c, 500, "internal error; the server log has the details");
  };
}

// The API's routes and their methods: a known path asked with another method is 405, not 404.
const API_ROUTES: readonly [RegExp, string][] = [
  [/^\/api\/analyze$/, "POST"],
  [/^\/api\/articles$/, "POST"],
  [/^\/api\/articles\/[^/]+$/, "GET"],
  [/^\/api\/analyses\/[^/]+$/, "GET"],
  [/^\/api\/stories$/, "GET"],
  [/^\/api\/stories\/[^/]+$/, "GET"],
  [/^\/api\/stories\/[^/]+\/claimreview$/, "GET"],
  [/^\/api\/stories\/[^/]+\/reviews$/, "GET"],
  [/^\/api\/stories\/[^/]+\/findings\/[^/]+\/review$/, "POST"],
  [/^\/api\/openapi\.json$/, "GET"],
  [/^\/api\/info$/, "GET"],
  [/^\/api\/status$/, "GET"],
];

export const notFound: NotFoundHandler = (c) => {
  const route = API_ROUTES.find(([re]) => re.test(c.req.path));
  if (route && route[1] !== c.req.method) {
    const allow = route[1] === "GET" ? "GET, HEAD" : route[1];
    const res = errorJson(c, 405, `${c.req.method} is not allowed on ${c.req.path}; use ${route[1]}`);
    res.headers.set("Allow", allow);
    return res;
  }
  return errorJson(c, 404, `no route for ${c.req.method} ${c.req.path}`);
};

export function errorJson(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json({ error: message }, status);
}
