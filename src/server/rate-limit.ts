// Per-client rate limiting: a token bucket per client key, refilled continuously. Over the limit
// → 429 with Retry-After (whole seconds until one request is allowed again).
import type { Context, MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { RateLimitConfig } from "./deps.js";

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept at most; past it, buckets that have refilled completely are dropped first. */
const MAX_CLIENTS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number,
  ) {}

  /** 0 when the request may go ahead (and is counted); otherwise seconds to wait. */
  take(key: string): number {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.config.burst, at: t };
    b.tokens = Math.min(this.config.burst, b.tokens + ((t - b.at) / 1000) * this.config.perSecond);
    b.at = t;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= MAX_CLIENTS) this.evict(t);
      this.buckets.set(key, b);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.config.perSecond));
  }

  private evict(t: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 1000) * this.config.perSecond >= this.config.burst) this.buckets.delete(k);
    }
    if (this.buckets.size >= MAX_CLIENTS) this.buckets.clear();
  }
}

export function rateLimit(limiter: RateLimiter, clientKey: (c: Context) => string): MiddlewareHandler {
  return async (c, next) => {
    const wait = limiter.take(clientKey(c));
    if (wait > 0) {
      throw new HTTPException(429, {
        message: `too many requests from this client; retry in ${wait} s`,
        res: new Response(null, { headers: { "Retry-After": String(wait) } }),
      });
    }
    await next();
  };
}
