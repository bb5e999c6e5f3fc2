// Security at the edge: headers on every response (CSP without inline script, nosniff,
// no referrer, no framing) and the bearer-token check for write endpoints.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join("; ");

const HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(HEADERS)) c.res.headers.set(k, v);
  };
}

/** Constant-time comparison: equal-length buffers only, so the length check leaks nothing about the content. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}

/** Write endpoints: `Authorization: Bearer <token>`; 401 otherwise. No token configured = open (--insecure-no-auth). */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("Authorization") ?? "");
      if (!m?.[1] || !tokenMatches(m[1], token)) {
        throw new HTTPException(401, {
          message: "this endpoint needs `Authorization: Bearer <token>` with the server's TRIANGULATE_API_TOKEN",
          res: new Response(null, { headers: { "WWW-Authenticate": 'Bearer realm="triangulate"' } }),
        });
      }
    }
    await next();
  };
}
